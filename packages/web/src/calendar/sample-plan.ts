// A real plan and course for the calendar's component tests, made by the core planner.
import type { Course, TreatmentPlan } from "@mnplan/core";
import { planOrThrow } from "../../test/fixtures";
import { courseWith } from "../progress/journal-fixtures";

/** A complete plan request: acne scars on the cheeks, Saturdays, a beach holiday in February. */
export const SAMPLE_REQUEST = {
  concerns: [{ concern: "acne-scars", severity: "moderate", areas: ["cheeks"] }],
  age: 34,
  fitzpatrick: 3,
  sensitivity: "normal",
  setting: "clinic",
  homeDepthOptIn: false,
  lifestyle: {
    smoker: false,
    dailySunscreen: true,
    frequentSun: false,
    followsAftercare: true,
    regularRoutine: true,
  },
  health: {},
  startDate: "2027-01-04",
  today: "2026-12-01",
  timeZone: "Europe/London",
  preferredWeekdays: ["sat"],
  blackouts: [{ from: "2027-02-10", to: "2027-02-20", reason: "beach holiday", sun: true }],
  rules: "guideline",
};

/** The sample request's plan. */
export function samplePlan(overrides: Record<string, unknown> = {}): TreatmentPlan {
  return planOrThrow({ ...SAMPLE_REQUEST, ...overrides }, "sample request");
}

/** A followed course holding the sample plan at revision `number`. */
export function sampleCourse(id = "course-1", number = 2): Course {
  return courseWith(samplePlan(), SAMPLE_REQUEST as unknown as Course["request"], id, number);
}
