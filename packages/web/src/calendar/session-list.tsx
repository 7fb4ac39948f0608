import type { ScheduledSession, TreatmentPlan } from "@mnplan/core";
import { formatDateLong, formatDateRangeNoYear, formatDateNoYear } from "../lib/format-date";
import { t } from "../strings";
import { isMarkedCare } from "./mark-plan-days";

const words = t.calendar.list;
const areaName = (area: string) => t.calendar.areas[area] ?? area;

function Depth({ session }: { session: ScheduledSession }) {
  const done = session.state === "done" && session.performedDepthByArea;
  return (
    <p>
      <strong>{words.depth}:</strong>{" "}
      {done
        ? session.performedDepthByArea
            ?.map((a) => words.performedValue(areaName(a.area), a.depthMm))
            .join("; ")
        : session.depthByArea
            .map((a) => words.depthValue(areaName(a.area), a.depthMm.min, a.depthMm.max))
            .join("; ")}
    </p>
  );
}

function SessionItem({ plan, session }: { plan: TreatmentPlan; session: ScheduledSession }) {
  const done = session.state === "done";
  const care = session.aftercare.filter((step) => isMarkedCare(step.code));
  const warnings = plan.warnings.filter((warning) => warning.session === session.number);
  return (
    <li className={`card session-item${done ? " session-done" : ""}`}>
      <h3>
        {words.session(session.number, plan.schedule.length)}
        {done && <span className="badge">{words.done}</span>}
      </h3>
      <p className="session-date">{formatDateLong(session.date)}</p>
      {session.daysSincePrevious !== null && session.number > 1 && (
        <p className="hint">{words.since(session.daysSincePrevious, session.number - 1)}</p>
      )}
      <Depth session={session} />
      {warnings.map((warning, i) => (
        <p key={i} className="notice notice-caution">
          {warning.message}
        </p>
      ))}
      {!done && session.prep.length > 0 && (
        <>
          <h4>{words.before}</h4>
          <ul className="steps">
            {session.prep.map((step) => (
              <li key={step.code}>
                <strong>{formatDateNoYear(step.date)}:</strong> {step.text}
              </li>
            ))}
          </ul>
        </>
      )}
      {!done && care.length > 0 && (
        <>
          <h4>{words.after}</h4>
          <ul className="steps">
            {care.map((step) => (
              <li key={step.code}>
                <strong>{formatDateRangeNoYear(step.from, step.to)}:</strong> {step.text}
              </li>
            ))}
          </ul>
        </>
      )}
    </li>
  );
}

/** Every session of the plan in order, with its date, depth and what to do before and after it. */
export function SessionList({ plan }: { plan: TreatmentPlan }) {
  return (
    <section className="session-list" aria-labelledby="session-list-title">
      <h2 id="session-list-title">{words.title}</h2>
      <ol>
        {plan.schedule.map((session) => (
          <SessionItem key={session.number} plan={plan} session={session} />
        ))}
      </ol>
    </section>
  );
}
