import type { AftercareStep, ScheduledSession, TreatmentPlan } from "@mnplan/core";
import { useId } from "react";
import { formatDate, formatDateRange } from "../lib/format-date";
import { t } from "../strings";
import "./plan.css";

const s = t.plan.timeline;

/** Aftercare steps that share the same days, in date order. */
function groupByDays(steps: readonly AftercareStep[]): [string, AftercareStep[]][] {
  const groups = new Map<string, AftercareStep[]>();
  for (const step of steps) {
    const key = `${step.from}/${step.to}`;
    groups.set(key, [...(groups.get(key) ?? []), step]);
  }
  return [...groups.entries()];
}

function SessionDepth({ session }: { session: ScheduledSession }) {
  const used = session.state === "done" ? session.performedDepthByArea : undefined;
  return (
    <ul className="timeline-depth" aria-label={s.depth}>
      {used
        ? used.map((line) => (
            <li key={line.area}>{s.depthUsed(t.plan.areas[line.area], line.depthMm)}</li>
          ))
        : session.depthByArea.map((line) => (
            <li key={`${line.area}/${line.concern}`}>
              {s.depthLine(
                t.plan.areas[line.area],
                t.plan.range(line.depthMm.min, line.depthMm.max),
              )}
            </li>
          ))}
    </ul>
  );
}

function SessionSteps({ session }: { session: ScheduledSession }) {
  return (
    <div className="timeline-steps">
      <h4>{s.before}</h4>
      <ol className="timeline-list">
        {session.prep.map((step) => (
          <li key={step.code}>
            <time dateTime={step.date} className="timeline-when">
              {formatDate(step.date)}
            </time>{" "}
            {step.text}
          </li>
        ))}
      </ol>
      <h4>{s.after}</h4>
      <ol className="timeline-list">
        {groupByDays(session.aftercare).map(([key, steps]) => {
          const first = steps[0] as AftercareStep;
          return (
            <li key={key}>
              <span className="timeline-when">{formatDateRange(first.from, first.to)}</span>
              <ul>
                {steps.map((step) => (
                  <li key={step.code}>
                    <strong className={`kind kind-${step.kind}`}>{s.kind[step.kind]}:</strong>{" "}
                    {step.text}
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ol>
    </div>
  );
}

/**
 * Each session with its steps before and after, as a timeline. By default the next session to come
 * is open and the others fold away; `open="all"` unfolds every one (for print).
 */
export function SessionTimeline({
  plan,
  open = "next",
}: {
  plan: TreatmentPlan;
  open?: "next" | "all";
}) {
  const id = useId();
  if (plan.schedule.length === 0) return null;
  const next = plan.schedule.find((session) => session.state !== "done")?.number;
  return (
    <section className="session-timeline" aria-labelledby={id}>
      <h2 id={id}>{s.title}</h2>
      <p className="hint">{s.intro}</p>
      <h3>{s.sessionDay}</h3>
      <p>{plan.sessionDay.text}</p>
      <ol className="timeline">
        {plan.schedule.map((session) => (
          <li
            key={session.number}
            className={`timeline-session timeline-${session.state ?? "planned"}`}
          >
            <h3>
              {s.session(session.number, formatDate(session.date))}
              {session.state === "done" && <span className="done-tag">{s.done}</span>}
            </h3>
            {session.daysSincePrevious !== null && (
              <p className="hint">{s.daysAfter(session.daysSincePrevious)}</p>
            )}
            <SessionDepth session={session} />
            <details open={open === "all" || session.number === next}>
              <summary>{s.beforeAndAfter}</summary>
              <SessionSteps session={session} />
            </details>
          </li>
        ))}
      </ol>
    </section>
  );
}
