// For component tests: answers as the questionnaire leaves them in the browser.
import { plan, type TreatmentPlan } from "@mnplan/core";
import { DRAFT_KEY } from "../src/lib/draft";

/** The real core's plan for a test's request; throws with the issues if the request is refused. */
export function planOrThrow(request: unknown, what = "test request"): TreatmentPlan {
  const result = plan(request);
  if (!result.ok) throw new Error(`${what}: ${JSON.stringify(result.issues)}`);
  return result.value;
}

/** Every answer a plan needs: moderate acne scars on the cheeks, Saturdays, from January 2031. */
export const COMPLETE_REQUEST = {
  concerns: [{ concern: "acne-scars", severity: "moderate", areas: ["cheeks"] }],
  age: 34,
  fitzpatrick: 2,
  setting: "clinic",
  startDate: "2031-01-06",
  timeZone: "Europe/London",
  preferredWeekdays: ["sat"],
};

/** Stores `request` as the questionnaire's draft, open at `step`. */
export function saveDraft(request: Record<string, unknown>, step = 0): void {
  window.localStorage.setItem(DRAFT_KEY, JSON.stringify({ request, step }));
}
