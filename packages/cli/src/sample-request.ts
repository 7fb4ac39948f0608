import type { PlanRequestInput } from "@mnplan/core";

/** The made-up person of the sample plan (`mnplan` with no terminal): today and the zone come from the run. */
export const SAMPLE_REQUEST: Omit<PlanRequestInput, "startDate" | "today" | "timeZone"> = {
  concerns: [{ concern: "acne-scars", severity: "moderate", areas: ["cheeks"] }],
  age: 34,
  fitzpatrick: 3,
  sensitivity: "normal",
  setting: "clinic",
  preferredWeekdays: ["sat"],
};

export const SAMPLE_INTRO =
  "A sample plan for a made-up person: moderate acne scars on the cheeks, 34, skin type III, treated at a clinic on Saturdays, starting today. Run mnplan in a terminal to answer the questions for yourself.";
