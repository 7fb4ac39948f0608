// Real plans from the core planner, for the print tests: one of each status and both settings.
import type { TreatmentPlan } from "@mnplan/core";
import { planOrThrow } from "../../test/fixtures";

const BASE = {
  age: 34,
  fitzpatrick: 4,
  setting: "clinic",
  startDate: "2027-01-04",
  today: "2026-12-01",
  timeZone: "Europe/London",
};

export const SAMPLE_REQUESTS: Readonly<Record<string, Record<string, unknown>>> = {
  caution: {
    ...BASE,
    concerns: [
      { concern: "acne-scars", severity: "moderate", areas: ["cheeks"] },
      { concern: "fine-lines", areas: ["periorbital"] },
    ],
    health: { coldSoreHistory: true },
  },
  cautionEvidence: {
    ...BASE,
    rules: "evidence",
    concerns: [
      { concern: "acne-scars", severity: "moderate", areas: ["cheeks"] },
      { concern: "fine-lines", areas: ["periorbital"] },
    ],
    health: { coldSoreHistory: true },
  },
  home: {
    ...BASE,
    fitzpatrick: 2,
    setting: "home",
    concerns: [{ concern: "glow", areas: ["forehead", "cheeks"] }],
    preferredWeekdays: ["sat"],
  },
  body: {
    ...BASE,
    rules: "evidence",
    concerns: [{ concern: "stretch-marks", areas: ["abdomen", "thighs"] }],
    blackouts: [{ from: "2027-02-10", to: "2027-02-20", reason: "beach holiday", sun: true }],
  },
  defer: {
    ...BASE,
    concerns: [{ concern: "glow", areas: ["cheeks"] }],
    health: { isotretinoin: { stoppedOn: "2026-10-01" } },
  },
  deferUndated: {
    ...BASE,
    concerns: [{ concern: "glow", areas: ["cheeks"] }],
    health: { sunburn: true },
  },
  refer: {
    ...BASE,
    concerns: [{ concern: "acne-scars", severity: "moderate", areas: ["cheeks"] }],
    health: { keloids: true },
  },
  contraindicated: {
    ...BASE,
    concerns: [{ concern: "fine-lines", areas: ["forehead"] }],
    health: { pregnant: true },
  },
};

/** The plan for one of the sample requests (throws if the planner refuses it: a broken sample). */
export function samplePlan(name: keyof typeof SAMPLE_REQUESTS): TreatmentPlan {
  return planOrThrow(SAMPLE_REQUESTS[name], `sample ${name}`);
}
