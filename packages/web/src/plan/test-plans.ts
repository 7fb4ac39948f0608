// Plans for the component tests, made by the real core from small requests.
import type { TreatmentPlan } from "@mnplan/core";
import { planOrThrow } from "../../test/fixtures";

export const BASE_REQUEST = {
  concerns: [{ concern: "acne-scars", severity: "moderate", areas: ["cheeks"] }],
  age: 34,
  fitzpatrick: 2,
  setting: "clinic",
  startDate: "2027-01-04",
  today: "2026-12-01",
  timeZone: "Europe/London",
  preferredWeekdays: ["sat"],
} as const;

/** The plan of BASE_REQUEST with `changes` laid over it. */
export function planFor(changes: Record<string, unknown> = {}): TreatmentPlan {
  return planOrThrow({ ...BASE_REQUEST, ...changes });
}
