// The next session due: its date, its depth per area, and what to do in the days before it.
import type { ScheduledSession } from "@mnplan/core";
import { formatDate } from "../lib/format-date";
import { Link } from "../lib/router";
import { t } from "../strings";
import { areaRanges } from "./area-ranges";

export function NextSession({
  courseId,
  session,
}: {
  courseId: string;
  session: ScheduledSession;
}) {
  const words = t.journal.overview;
  return (
    <section className="card journal-next" aria-labelledby="next-title">
      <h2 id="next-title">{words.nextTitle}</h2>
      <p className="journal-next-date">
        {words.nextWhen(session.number, formatDate(session.date))}
      </p>
      <h3>{words.depthTitle}</h3>
      <ul>
        {areaRanges(session.depthByArea).map(({ area, min, max }) => (
          <li key={area}>{words.depthLine(t.journal.areas[area], t.plan.range(min, max))}</li>
        ))}
      </ul>
      {session.prep.length > 0 && (
        <>
          <h3>{words.prepTitle}</h3>
          <ul className="journal-prep">
            {session.prep.map((step) => (
              <li key={step.code}>
                <strong>{formatDate(step.date)}:</strong> {step.text}
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <Link to={`/course/${encodeURIComponent(courseId)}/log`} className="button button-primary">
          {words.nextLog}
        </Link>
      </p>
    </section>
  );
}
