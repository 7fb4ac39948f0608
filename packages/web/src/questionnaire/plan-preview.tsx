import type { Result, TreatmentPlan } from "@mnplan/core";
import { memo } from "react";
import { formatDate } from "../lib/format-date";
import { Link } from "../lib/router";
import { summarizePlan } from "../plan/plan-summary";
import { t } from "../strings";
import { MissingList } from "./error-summary";
import type { Question, StepId } from "./steps";

const p = t.questionnaire.preview;
const SHOWN_DATES = 3;

function PreviewPlan({ plan }: { plan: TreatmentPlan }) {
  const dates = plan.schedule.slice(0, SHOWN_DATES);
  const more = plan.schedule.length - dates.length;
  return (
    <>
      <p className={`preview-status preview-${plan.status}`}>{p.status[plan.status]}</p>
      <p className="preview-answer">{summarizePlan(plan)}</p>
      {plan.status === "defer" && plan.earliestStart && (
        <p>{p.earliest(formatDate(plan.earliestStart))}</p>
      )}
      {dates.length > 0 && (
        <>
          <h3>{p.dates}</h3>
          <ul className="preview-dates">
            {dates.map((session) => (
              <li key={session.number}>
                <time dateTime={session.date}>{formatDate(session.date)}</time>
              </li>
            ))}
            {more > 0 && <li>{p.more(more)}</li>}
          </ul>
        </>
      )}
      <p>
        <Link to="/plan">{p.full}</Link>
      </p>
      <p className="preview-disclaimer">{plan.disclaimer}</p>
    </>
  );
}

/**
 * The plan as it stands, beside the questions: what is still needed, or the plan's status, numbers
 * and first dates. Memoised: it re-renders only when the plan (or what is missing) changes.
 */
export const PlanPreview = memo(function PlanPreview({
  result,
  empty,
  questions,
  steps,
  onGoTo,
}: {
  result: Result<TreatmentPlan>;
  empty: boolean;
  questions: readonly Question[];
  steps: readonly StepId[];
  onGoTo: (index: number) => void;
}) {
  return (
    <section
      className="plan-preview card"
      data-testid="plan-preview"
      aria-label={p.label}
      aria-live="polite"
    >
      <h2 className="preview-title">{p.title}</h2>
      {result.ok ? (
        <PreviewPlan plan={result.value} />
      ) : empty ? (
        <p>{p.empty}</p>
      ) : (
        <MissingList
          questions={questions}
          steps={steps}
          onGoTo={onGoTo}
          className="preview-missing"
        />
      )}
    </section>
  );
});
