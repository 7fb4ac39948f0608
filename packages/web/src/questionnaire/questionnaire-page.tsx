import { useCallback, useEffect, useMemo, useRef, useState, type ComponentType } from "react";
import { hasAnswers, useDraft, useDraftPlan, type DraftRequest } from "../lib/draft";
import { navigate } from "../lib/router";
import type { PageProps } from "../shell/routes";
import { t } from "../strings";
import { AgeStep, LifestyleStep, SkinStep } from "./about-you-steps";
import { ConcernsStep } from "./concerns-step";
import type { Update } from "./edit-request";
import { ErrorSummary, MissingSummary } from "./error-summary";
import { HealthStep } from "./health-step";
import { HolidaysStep } from "./holidays-step";
import { PlanPreview } from "./plan-preview";
import { SettingStep } from "./setting-step";
import { SeverityStep } from "./severity-step";
import type { StepProps } from "./step-props";
import { questionsOf, stepsFor, type StepId } from "./steps";
import { WhenStep } from "./when-step";
import "./questionnaire.css";

const q = t.questionnaire;

const BODIES: Record<StepId, ComponentType<StepProps>> = {
  concerns: ConcernsStep,
  severity: SeverityStep,
  age: AgeStep,
  skin: SkinStep,
  lifestyle: LifestyleStep,
  health: HealthStep,
  setting: SettingStep,
  when: WhenStep,
  holidays: HolidaysStep,
};

/**
 * The request as a value that changes only when an answer does: the draft is read back from
 * storage whenever it is written (moving between steps too), and the plan is computed from this.
 */
function useAnswers(request: DraftRequest): DraftRequest {
  const key = JSON.stringify(request);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on the content, on purpose
  return useMemo(() => request, [key]);
}

/** The questionnaire: one short step at a time, with the plan previewed beside it. */
export default function QuestionnairePage(_props: PageProps) {
  const [draft, setDraft] = useDraft();
  const request = useAnswers(draft.request);
  const result = useDraftPlan(request);
  const steps = useMemo(() => stepsFor(request), [request]);
  const questions = useMemo(
    () => (result.ok ? [] : questionsOf(result.issues, request)),
    [result, request],
  );
  const index = Math.min(Math.max(draft.step, 0), steps.length - 1);
  const step = steps[index] ?? "concerns";
  const last = index === steps.length - 1;

  // The step whose errors are shown (after a try to go on), and which summary to focus.
  const [checked, setChecked] = useState<StepId | "all" | null>(null);
  const [attempt, setAttempt] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const summary = useRef<HTMLDivElement>(null);
  const shownIndex = useRef(index);

  // A new step: move focus to its heading, so a screen reader reads where the person is.
  useEffect(() => {
    if (shownIndex.current === index) return;
    shownIndex.current = index;
    heading.current?.focus();
  }, [index]);
  useEffect(() => {
    if (attempt > 0) summary.current?.focus();
  }, [attempt]);

  const update: Update = useCallback(
    (change) => setDraft((current) => ({ ...current, request: change(current.request) })),
    [setDraft],
  );
  const goTo = useCallback(
    (to: number) => {
      setChecked(null);
      setDraft((current) => ({ ...current, step: to }));
    },
    [setDraft],
  );

  const here = questions.filter((question) => question.step === step);
  const errors = checked === step ? Object.fromEntries(here.map((x) => [x.id, x.error])) : {};

  const next = () => {
    if (here.length > 0) {
      setChecked(step);
      setAttempt((n) => n + 1);
    } else if (!last) goTo(index + 1);
    else if (questions.length > 0) {
      setChecked("all");
      setAttempt((n) => n + 1);
    } else navigate("/plan");
  };

  const Body = BODIES[step];
  return (
    <div className="questionnaire">
      <h1>{q.title}</h1>
      <p className="lead">{q.lead}</p>
      <div className="q-layout">
        <form
          className="q-form card"
          noValidate
          aria-labelledby="q-step-title"
          onSubmit={(event) => {
            event.preventDefault();
            next();
          }}
        >
          <p className="q-progress">{q.stepOf(index + 1, steps.length)}</p>
          <h2 id="q-step-title" ref={heading} tabIndex={-1}>
            {q.steps[step]}
          </h2>
          {checked === step && here.length > 0 && <ErrorSummary ref={summary} questions={here} />}
          {checked === "all" && questions.length > 0 && (
            <MissingSummary ref={summary} questions={questions} steps={steps} onGoTo={goTo} />
          )}
          <Body request={request} update={update} errors={errors} />
          <div className="q-nav">
            {index > 0 && (
              <button type="button" onClick={() => goTo(index - 1)}>
                {q.back}
              </button>
            )}
            <button type="submit" className="button-primary">
              {last ? q.seePlan : q.next}
            </button>
          </div>
        </form>
        <PlanPreview
          result={result}
          empty={!hasAnswers(request)}
          questions={questions}
          steps={steps}
          onGoTo={goTo}
        />
      </div>
    </div>
  );
}
