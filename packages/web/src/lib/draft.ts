// The plan being drafted: the questionnaire's answers, kept as a plan request (the contract's JSON,
// possibly incomplete) in localStorage so a reload keeps them. The plan is computed here, in the
// browser, by the same pure core the server and the CLI use.
import { plan, todayInZone, type Result, type TreatmentPlan } from "@mnplan/core";
import { useMemo } from "react";
import { useStoredState } from "./use-stored-state";

/** A request as the questionnaire fills it in: any subset of the contract's plan request. */
export type DraftRequest = Record<string, unknown>;

export interface Draft {
  /** The request so far. */
  readonly request: DraftRequest;
  /** The questionnaire step the person was on. */
  readonly step: number;
}

export const DRAFT_KEY = "mnplan.draft.v1";
export const EMPTY_DRAFT: Draft = { request: {}, step: 0 };

function isDraft(value: unknown): value is Draft {
  if (typeof value !== "object" || value === null) return false;
  const { request, step } = value as Partial<Draft>;
  return (
    typeof request === "object" &&
    request !== null &&
    !Array.isArray(request) &&
    Number.isInteger(step)
  );
}

/** Whether the person has given any answer yet (to start the questions, or to go back to them). */
export function hasAnswers(request: DraftRequest): boolean {
  return Object.keys(request).length > 0;
}

/** The draft and its setter, kept across reloads. */
export function useDraft(): [Draft, (next: Draft | ((previous: Draft) => Draft)) => void] {
  return useStoredState(DRAFT_KEY, EMPTY_DRAFT, isDraft);
}

/** The browser's own time zone, used until the person names another. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
}

/** The request as the planner gets it: `today` filled in from the clock, in the request's zone. */
export function completeDraft(request: DraftRequest, nowMs: number): DraftRequest {
  const timeZone = typeof request.timeZone === "string" ? request.timeZone : browserTimeZone();
  let today: string;
  try {
    today = todayInZone(nowMs, timeZone);
  } catch {
    today = todayInZone(nowMs, "UTC");
  }
  return { today, ...request, timeZone };
}

/** Plans a draft: the plan, or the issues that stop it (each with its field path). */
export function planDraft(request: DraftRequest, nowMs: number): Result<TreatmentPlan> {
  return plan(completeDraft(request, nowMs));
}

/**
 * The draft's plan, recomputed only when the request's content changes: the stored draft is read
 * back as a new object after every write (moving to another step included), so identity would
 * re-plan needlessly.
 */
export function useDraftPlan(request: DraftRequest): Result<TreatmentPlan> {
  const content = JSON.stringify(request);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on the content, on purpose
  return useMemo(() => planDraft(request, Date.now()), [content]);
}

/** The same answers planned with the other rule pack, for the comparison of the two. */
export function useOtherPackPlan(request: DraftRequest): Result<TreatmentPlan> {
  const rules = request.rules === "evidence" ? "guideline" : "evidence";
  return useDraftPlan({ ...request, rules });
}
