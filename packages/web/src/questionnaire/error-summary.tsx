import type { Ref } from "react";
import { t } from "../strings";
import type { Question, StepId } from "./steps";

/** Focuses a field (or the first control in a group) from the error summary's link. */
function focusField(id: string) {
  const element = document.getElementById(id);
  const target =
    element instanceof HTMLFieldSetElement || element instanceof HTMLDivElement
      ? element.querySelector<HTMLElement>("input, select, textarea, button")
      : element;
  target?.focus();
}

/** This step's problems, announced and focused when the person tries to go on. */
export function ErrorSummary({
  questions,
  ref,
}: {
  questions: readonly Question[];
  ref: Ref<HTMLDivElement>;
}) {
  return (
    <div ref={ref} tabIndex={-1} role="alert" className="notice notice-danger error-summary">
      <p>{t.questionnaire.errorSummary}</p>
      <ul>
        {questions.map((question) => (
          <li key={question.id}>
            <a
              href={`#${question.id}`}
              onClick={(event) => {
                event.preventDefault();
                focusField(question.id);
              }}
            >
              {question.error}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Each answer still missing, as a way back to its step (one per step and answer). */
export function MissingList({
  questions,
  steps,
  onGoTo,
  className,
}: {
  questions: readonly Question[];
  steps: readonly StepId[];
  onGoTo: (index: number) => void;
  className?: string;
}) {
  const seen = new Set<string>();
  return (
    <>
      <p>{t.questionnaire.stillMissing}</p>
      <ul className={className}>
        {questions.map((question) => {
          const index = steps.indexOf(question.step);
          const text = t.questionnaire.goToStep(index + 1, question.missing);
          if (seen.has(text)) return null;
          seen.add(text);
          return (
            <li key={text}>
              <button type="button" className="link-button" onClick={() => onGoTo(index)}>
                {text}
              </button>
            </li>
          );
        })}
      </ul>
    </>
  );
}

/** On the last step: answers still missing from earlier steps, each a way back to its step. */
export function MissingSummary({
  ref,
  ...list
}: {
  questions: readonly Question[];
  steps: readonly StepId[];
  onGoTo: (index: number) => void;
  ref: Ref<HTMLDivElement>;
}) {
  return (
    <div ref={ref} tabIndex={-1} role="alert" className="notice notice-caution error-summary">
      <MissingList {...list} />
    </div>
  );
}
