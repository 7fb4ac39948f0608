import type { TreatmentPlan } from "@mnplan/core";
import { useId } from "react";
import { formatDate } from "../lib/format-date";
import { t } from "../strings";
import "./plan.css";

const e = t.plan.expect;

/** When results show, how to keep them, the warning signs and (at home) hygiene. */
export function WhatToExpect({ plan }: { plan: TreatmentPlan }) {
  const id = useId();
  const { milestones, maintenance, warningSigns, homeHygiene } = plan;
  if (!plan.sessions) return null;
  return (
    <section className="what-to-expect" aria-labelledby={id}>
      <h2 id={id}>{e.title}</h2>
      {milestones.length > 0 && (
        <ol className="milestones">
          {milestones.map((milestone) => (
            <li key={milestone.code}>
              {milestone.date && (
                <>
                  <time dateTime={milestone.date} className="timeline-when">
                    {formatDate(milestone.date)}
                  </time>{" "}
                </>
              )}
              {milestone.text}
            </li>
          ))}
        </ol>
      )}
      {maintenance && (
        <>
          <h3>{e.maintenance}</h3>
          <p>{maintenance.text}</p>
        </>
      )}
      <h3>{e.warningSigns}</h3>
      <p>{warningSigns.text}</p>
      <ul>
        {warningSigns.signs.map((sign) => (
          <li key={sign}>{sign}</li>
        ))}
      </ul>
      {homeHygiene.length > 0 && (
        <>
          <h3>{e.hygiene}</h3>
          <ul>
            {homeHygiene.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** The plan's warnings (stretched intervals, home depth, skin type), or nothing when there are none. */
export function PlanWarnings({ plan }: { plan: TreatmentPlan }) {
  const id = useId();
  if (plan.warnings.length === 0) return null;
  return (
    <section className="notice notice-caution plan-warnings" aria-labelledby={id}>
      <h2 id={id}>{t.plan.warnings.title}</h2>
      <ul>
        {plan.warnings.map((warning, index) => (
          <li key={`${warning.code}/${index}`}>{warning.message}</li>
        ))}
      </ul>
    </section>
  );
}
