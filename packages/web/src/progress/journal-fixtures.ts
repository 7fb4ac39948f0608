// Journal records as the API lists them, for the progress tests.
import type {
  CheckIn,
  Course,
  PerformedSession,
  Photo,
  ProgressRating,
  TreatmentPlan,
} from "@mnplan/core";

let counter = 0;
const recorded = (date: string, offset = 0) => ({
  id: `00000000-0000-4000-8000-${String((counter += 1)).padStart(12, "0")}`,
  recordedAt: `${date}T${String(9 + offset).padStart(2, "0")}:00:00.000Z`,
});

export function checkIn(date: string, scores: Partial<CheckIn> = {}, offset = 0): CheckIn {
  return {
    date,
    redness: 0,
    swelling: 0,
    pain: 0,
    flaking: 0,
    ...recorded(date, offset),
    ...scores,
  };
}

export function rating(
  date: string,
  concern: ProgressRating["concern"],
  score: number,
  offset = 0,
): ProgressRating {
  return { date, concern, score, ...recorded(date, offset) };
}

export function session(date: string): PerformedSession {
  return {
    date,
    setting: "clinic",
    device: "pen",
    depthByArea: [{ area: "cheeks", depthMm: 1 }],
    ...recorded(date),
  };
}

export function photo(date: string, angle: Photo["angle"], area: Photo["area"], offset = 0): Photo {
  return {
    date,
    angle,
    area,
    consent: true,
    mediaType: "image/jpeg",
    bytes: 1000,
    sha256: "0".repeat(64),
    ...recorded(date, offset),
  };
}

/** A course as the API answers it, around a real plan, at revision `number`. */
export function courseWith(
  plan: TreatmentPlan,
  request: Course["request"],
  id = COURSE_ID,
  number = 0,
): Course {
  return {
    id,
    createdAt: "2026-12-01T10:00:00.000Z",
    label: "My cheeks",
    request,
    rules: { id: plan.rules.id, version: plan.rules.version },
    current: {
      number,
      createdAt: "2026-12-01T10:00:00.000Z",
      cause: "created",
      state: "active",
      plan,
      changes: [],
    },
    nextDue: plan.schedule[0]?.date ?? null,
  };
}

export const COURSE_ID = "11111111-1111-4111-8111-111111111111";
