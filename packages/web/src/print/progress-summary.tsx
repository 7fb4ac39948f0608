import type { TreatmentPlan } from "@mnplan/core";
import { useId } from "react";
import { formatDatesIn } from "../journal/format-dates-in";
import { formatDate } from "../lib/format-date";
import { t } from "../strings";
import type { ProgressSummary } from "./build-progress-blocks";

const words = t.print.progress;
const SCORES = ["redness", "swelling", "pain", "flaking"] as const;

/** A course's progress in short: sessions done, the latest check-in and ratings, what changed. */
export function ProgressSummaryCard({
  summary,
  plan,
}: {
  summary: ProgressSummary;
  plan: TreatmentPlan;
}) {
  const id = useId();
  const { latestCheckIn: checkIn } = summary;
  const dates = summary.sessions.map((s) => formatDate(s.date)).join(", ");
  const signs = checkIn?.warningSigns ?? [];
  return (
    <section className="card progress-summary" aria-labelledby={id}>
      <h2 id={id}>{words.heading}</h2>
      <p>
        <strong>{words.state[summary.state]}</strong>
      </p>
      <p>{words.sessionsDone(summary.sessions.length, plan.schedule.length)}</p>
      <p>{dates ? words.doneOn(dates) : words.noSessions}</p>
      {checkIn ? (
        <>
          <h3>{words.latestCheckIn(formatDate(checkIn.date))}</h3>
          <ul>
            {SCORES.map((score) => (
              <li key={score}>{words.score(t.progress.scores[score], checkIn[score])}</li>
            ))}
          </ul>
          {signs.length > 0 && (
            <p className="notice notice-danger">
              {words.warningSigns(signs.map((s) => t.progress.warningSigns[s]).join(", "))}
            </p>
          )}
        </>
      ) : (
        <p>{words.noCheckIn}</p>
      )}
      <h3>{words.ratings}</h3>
      {summary.latestRatings.length === 0 ? (
        <p>{words.noRatings}</p>
      ) : (
        <ul>
          {summary.latestRatings.map((rating) => (
            <li key={rating.concern}>
              {words.rating(
                t.progress.concerns[rating.concern],
                rating.score,
                formatDate(rating.date),
              )}
            </li>
          ))}
        </ul>
      )}
      {summary.changes.length > 0 && (
        <>
          <h3>{words.changes}</h3>
          <ul>
            {summary.changes.map((change, i) => (
              <li key={`${change.code}/${i}`}>{formatDatesIn(change.message)}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
