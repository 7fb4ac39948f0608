import type { TreatmentPlan } from "@mnplan/core";
import { useId } from "react";
import { formatDate } from "../lib/format-date";
import { t } from "../strings";
import "./plan.css";

const s = t.plan.summary;

/** The answer first, in one sentence: how many sessions, how far apart, from when to when. */
export function summarizePlan(plan: TreatmentPlan): string {
  const { sessions, intervalWeeks, schedule } = plan;
  if (!sessions || !intervalWeeks) return s.none;
  const apart = s.weeksApart(intervalWeeks.recommended);
  const first = schedule[0];
  const last = schedule[schedule.length - 1];
  if (!first || !last) return s.undated(s.sessions(sessions.recommended), apart);
  const count = s.sessions(schedule.length);
  if (first === last) return s.datedOne(count, formatDate(first.date));
  return s.dated(count, apart, formatDate(first.date), formatDate(last.date));
}

/** Why there are no dates, when there are sessions but no schedule. */
function noDatesReason(plan: TreatmentPlan): string | undefined {
  if (!plan.sessions || plan.schedule.length > 0) return undefined;
  if (plan.status === "defer") return s.noDatesDefer;
  if (plan.status === "refer") return s.noDatesRefer;
  return undefined;
}

/** The plan's headline: the number of sessions, the interval and the dates. */
export function PlanSummary({ plan }: { plan: TreatmentPlan }) {
  const id = useId();
  const { sessions, intervalWeeks, schedule } = plan;
  const first = schedule[0];
  const reason = noDatesReason(plan);
  return (
    <section className="card plan-summary" aria-labelledby={id}>
      <h2 id={id}>{s.title}</h2>
      <p className="plan-answer">{summarizePlan(plan)}</p>
      {reason && <p>{reason}</p>}
      {sessions && intervalWeeks && (
        <ul className="plan-facts">
          <li>
            {s.usualRange(
              t.plan.range(sessions.min, sessions.max),
              t.plan.range(intervalWeeks.min, intervalWeeks.max),
            )}
          </li>
          <li>{s.setBy(t.plan.concerns[sessions.setBy])}</li>
          {sessions.reassessAfterSeries && <li>{s.reassess}</li>}
          {first && <li>{s.depth(t.plan.range(first.depthMm.min, first.depthMm.max))}</li>}
          <li>{s.rules(plan.rules.name)}</li>
        </ul>
      )}
      {schedule.length > 0 && (
        <>
          <h3>{s.datesTitle}</h3>
          <ol className="plan-dates">
            {schedule.map((session) => (
              <li key={session.number}>
                <time dateTime={session.date}>
                  {s.sessionDate(session.number, formatDate(session.date))}
                </time>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
