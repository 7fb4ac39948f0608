// Fixtures for the repository contract suite: real plans from core, and journal records with every field.
import {
  plan,
  type CheckIn,
  type Course,
  type CourseHistory,
  type Photo,
  type PlanRequestInput,
  type PlanRevision,
  type ProgressRating,
} from "@mnplan/core";
import type { Repository } from "./repository.js";

export type Session = CourseHistory["sessions"][number];

const REQUESTS: readonly PlanRequestInput[] = [
  {
    concerns: [
      {
        concern: "acne-scars",
        severity: "moderate",
        areas: ["cheeks", "chin"],
        scarType: "rolling",
      },
    ],
    age: 34,
    fitzpatrick: 4,
    setting: "clinic",
    startDate: "2027-01-04",
    today: "2026-12-01",
    timeZone: "Europe/London",
    preferredWeekdays: ["sat"],
    blackouts: [{ from: "2027-02-10", to: "2027-02-20", reason: "beach holiday", sun: true }],
  },
  {
    concerns: [{ concern: "glow", areas: ["cheeks", "forehead"] }],
    age: 28,
    fitzpatrick: 2,
    setting: "home",
    startDate: "2027-03-01",
    timeZone: "America/New_York",
    rules: "evidence",
  },
  {
    concerns: [{ concern: "fine-lines", areas: ["periorbital"], glogau: 2 }],
    age: 52,
    fitzpatrick: 3,
    setting: "clinic",
    startDate: "2027-05-10",
    timeZone: "Australia/Lord_Howe",
    health: { isotretinoin: "current" },
  },
];

const PLANS = REQUESTS.map((request) => {
  const result = plan(request);
  if (!result.ok) throw new Error(`fixture request invalid: ${JSON.stringify(result.issues)}`);
  return result.value;
});

/** A real plan (0: acne scars in a clinic, 1: glow at home, 2: a deferred plan with no schedule). */
export function fixturePlan(index = 0) {
  return PLANS[index % PLANS.length] as (typeof PLANS)[number];
}

export function buildRevision(number: number, overrides: Partial<PlanRevision> = {}): PlanRevision {
  return {
    number,
    createdAt: `2026-12-01T10:0${number % 10}:00.000Z`,
    cause: number === 0 ? "created" : "session-logged",
    state: "active",
    plan: fixturePlan(number),
    changes:
      number === 0
        ? []
        : [
            {
              code: "interval-lengthened",
              message: "Next session moved a week later",
              rule: "adapt.slow-reaction",
              session: 2,
              before: "2027-02-06",
              after: "2027-02-13",
            },
          ],
    ...overrides,
  };
}

export function buildCourse(
  id: string,
  overrides: Partial<Course> & { planIndex?: number } = {},
): Course {
  const { planIndex = 0, ...rest } = overrides;
  const current = buildRevision(0, { plan: fixturePlan(planIndex) });
  return {
    id,
    createdAt: "2026-12-01T09:00:00.000Z",
    label: `Client ${id}`,
    request: REQUESTS[planIndex % REQUESTS.length] as PlanRequestInput,
    rules: { id: current.plan.rules.id, version: current.plan.rules.version },
    current,
    nextDue: current.plan.schedule[0]?.date ?? null,
    ...rest,
  };
}

export function buildSession(id: string, date: string, overrides: Partial<Session> = {}): Session {
  return {
    id,
    recordedAt: `${date}T18:00:00.000Z`,
    date,
    setting: "clinic",
    device: "pen",
    cartridge: { needles: 12, type: "nano" },
    depthByArea: [
      { area: "cheeks", depthMm: 1.5 },
      { area: "chin", depthMm: 1 },
    ],
    passes: 3,
    products: ["hyaluronic serum"],
    performedBy: "Dr Okafor",
    notes: "Tolerated well",
    ...overrides,
  };
}

export function buildCheckIn(id: string, date: string, overrides: Partial<CheckIn> = {}): CheckIn {
  return {
    id,
    recordedAt: `${date}T08:00:00.000Z`,
    date,
    redness: 2,
    swelling: 1,
    pain: 0,
    flaking: 1,
    warningSigns: ["worsening-after-72h"],
    notes: "Tight skin",
    ...overrides,
  };
}

export function buildRating(
  id: string,
  date: string,
  overrides: Partial<ProgressRating> = {},
): ProgressRating {
  return {
    id,
    recordedAt: `${date}T20:00:00.000Z`,
    date,
    concern: "acne-scars",
    score: 6,
    ...overrides,
  };
}

export function buildPhoto(id: string, date: string, overrides: Partial<Photo> = {}): Photo {
  return {
    id,
    recordedAt: `${date}T12:00:00.000Z`,
    date,
    angle: "left-45",
    area: "cheeks",
    consent: true,
    mediaType: "image/jpeg",
    bytes: 48213,
    sha256: "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
    ...overrides,
  };
}

/**
 * Takes a course's lock and keeps it until `release()`; resolves once the holding task is running,
 * so a test can then try the lock from elsewhere. `done` settles when the lock has been given back.
 */
export async function holdCourseLock(
  repository: Repository,
  courseId: string,
): Promise<{ release: () => void; done: Promise<void> }> {
  let release: () => void = () => undefined;
  let entered: () => void = () => undefined;
  const running = new Promise<void>((resolve) => (entered = resolve));
  const done = repository.withCourseLock(courseId, () => {
    entered();
    return new Promise<void>((resolve) => (release = resolve));
  });
  await running;
  return { release: () => release(), done };
}
