// fast-check arbitraries for a course's journal: sessions at valid and invalid gaps, check-ins with
// random scores and warning signs, progress ratings, and a `today`, all relative to a request's start.
import fc from "fast-check";
import {
  CONCERNS,
  WARNING_SIGNS,
  type CheckInInput,
  type PerformedSessionInput,
  type PlanRequestInput,
  type ProgressRatingInput,
} from "../src/index.js";
import { refAddDays } from "./fixtures.js";

/** A journal and a today, as offsets: turned into records for one request by `journalFor`. */
export interface JournalSpec {
  readonly count: number;
  readonly firstOffset: number;
  readonly gaps: readonly number[];
  readonly depths: readonly number[];
  readonly checkIns: readonly {
    readonly after: number;
    readonly day: number;
    readonly scores: readonly [number, number, number, number];
    readonly signs: readonly (typeof WARNING_SIGNS)[number][];
  }[];
  readonly ratings: readonly {
    readonly concern: number | (typeof CONCERNS)[number];
    readonly offset: number;
    readonly score: number;
  }[];
  readonly todayOffset: number;
}

const score = fc.oneof(
  { weight: 3, arbitrary: fc.constant(0) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 3 }) },
);

/** Sessions mostly a window apart, sometimes too close; check-ins mostly calm, rarely with warning signs. */
export const journalSpecArb: fc.Arbitrary<JournalSpec> = fc.record({
  count: fc.oneof(
    { weight: 1, arbitrary: fc.constant(0) },
    { weight: 4, arbitrary: fc.integer({ min: 1, max: 9 }) },
  ),
  firstOffset: fc.integer({ min: -20, max: 90 }),
  gaps: fc.array(
    fc.oneof(
      { weight: 5, arbitrary: fc.integer({ min: 28, max: 80 }) },
      { weight: 1, arbitrary: fc.integer({ min: 0, max: 27 }) },
    ),
    { minLength: 8, maxLength: 8 },
  ),
  depths: fc.array(fc.constantFrom(0.25, 0.3, 0.5, 0.75, 1, 1.5, 2), {
    minLength: 9,
    maxLength: 9,
  }),
  checkIns: fc.array(
    fc.record({
      after: fc.integer({ min: -1, max: 8 }),
      day: fc.integer({ min: 0, max: 21 }),
      scores: fc.tuple(score, score, score, score),
      signs: fc.oneof(
        { weight: 12, arbitrary: fc.constant([]) },
        {
          weight: 1,
          arbitrary: fc.uniqueArray(fc.constantFrom(...WARNING_SIGNS), {
            minLength: 1,
            maxLength: 3,
          }),
        },
      ),
    }),
    { maxLength: 8 },
  ),
  ratings: fc.array(
    fc.record({
      concern: fc.oneof(fc.integer({ min: 0, max: 2 }), fc.constantFrom(...CONCERNS)),
      offset: fc.integer({ min: -10, max: 500 }),
      score: fc.integer({ min: 0, max: 10 }),
    }),
    { maxLength: 6 },
  ),
  todayOffset: fc.integer({ min: -40, max: 500 }),
});

/** The records of a journal for a request: dates from its start date, areas and concerns from its own. */
export function journalFor(
  input: PlanRequestInput,
  spec: JournalSpec,
): {
  sessions: PerformedSessionInput[];
  checkIns: CheckInInput[];
  ratings: ProgressRatingInput[];
  today: string;
} {
  const area = input.concerns[0]?.areas[0] ?? "cheeks";
  const dates: string[] = [];
  let offset = spec.firstOffset;
  for (const gap of [0, ...spec.gaps]) {
    offset += gap;
    dates.push(refAddDays(input.startDate, offset));
  }
  const sessions = dates.slice(0, spec.count).map((date, index): PerformedSessionInput => ({
    date,
    setting: input.setting,
    device: input.setting === "home" ? "roller" : "pen",
    depthByArea: [{ area, depthMm: spec.depths[index] ?? 0.25 }],
  }));
  const checkIns = spec.checkIns.map((checkIn): CheckInInput => {
    const anchor = sessions[Math.min(checkIn.after, sessions.length - 1)]?.date;
    const [redness, swelling, pain, flaking] = checkIn.scores;
    return {
      date: refAddDays(
        anchor ?? input.startDate,
        anchor === undefined ? -checkIn.day : checkIn.day,
      ),
      redness,
      swelling,
      pain,
      flaking,
      ...(checkIn.signs.length > 0 ? { warningSigns: [...checkIn.signs] } : {}),
    };
  });
  const ratings = spec.ratings.map((rating): ProgressRatingInput => ({
    date: refAddDays(input.startDate, rating.offset),
    concern:
      typeof rating.concern === "number"
        ? (input.concerns[rating.concern % input.concerns.length]?.concern ?? "glow")
        : rating.concern,
    score: rating.score,
  }));
  return { sessions, checkIns, ratings, today: refAddDays(input.startDate, spec.todayOffset) };
}
