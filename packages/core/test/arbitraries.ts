// fast-check arbitraries for the core properties: valid plan requests, and custom rule packs.
import fc from "fast-check";
import {
  ACNE_SEVERITIES,
  ACTIVE_ACNE,
  AREAS,
  HEALTH_FLAGS,
  SCAR_TYPES,
  SENSITIVITIES,
  STRETCH_MARK_STAGES,
  WEEKDAYS,
  type PlanRequestInput,
} from "../src/index.js";
import {
  refDate,
  refDayNumber,
  type ConcernInput,
  type HealthInput,
  type LifestyleInput,
} from "./fixtures.js";

/** Zones far from UTC, with odd offsets, half-hour daylight saving, and both hemispheres. */
export const TIME_ZONES = [
  "Pacific/Kiritimati",
  "Pacific/Pago_Pago",
  "Etc/GMT+12",
  "Asia/Kathmandu",
  "Asia/Kolkata",
  "Australia/Lord_Howe",
  "Pacific/Chatham",
  "America/St_Johns",
  "Europe/London",
  "America/Santiago",
  "UTC",
] as const;

/** A date between two dates (inclusive), as `YYYY-MM-DD`. */
export function dateBetween(from: string, to: string): fc.Arbitrary<string> {
  return fc.integer({ min: refDayNumber(from), max: refDayNumber(to) }).map(refDate);
}

/** Mostly false, sometimes true: keeps most generated people plannable. */
const rarely = fc.oneof(
  { weight: 40, arbitrary: fc.constant(false) },
  { weight: 1, arbitrary: fc.constant(true) },
);

const areas = fc.uniqueArray(fc.constantFrom(...AREAS), { minLength: 1, maxLength: 4 });

const acneScars: fc.Arbitrary<ConcernInput> = fc
  .record({
    areas,
    grading: fc.oneof(
      fc.record({ severity: fc.constantFrom(...ACNE_SEVERITIES) }),
      fc.record({ goodmanBaron: fc.integer({ min: 1, max: 4 }) }),
      fc
        .integer({ min: 2, max: 4 })
        .map((grade) => ({ goodmanBaron: grade, severity: ACNE_SEVERITIES[grade - 2] ?? "mild" })),
    ),
    scarType: fc.option(fc.constantFrom(...SCAR_TYPES), { nil: undefined }),
  })
  .map(({ areas: treated, grading, scarType }) => ({
    concern: "acne-scars",
    areas: treated,
    ...grading,
    ...(scarType === undefined ? {} : { scarType }),
  }));

/** One concern of a valid request: every concern, area, severity and grading the contract allows. */
export const concernArb: fc.Arbitrary<ConcernInput> = fc.oneof(
  areas.map((treated): ConcernInput => ({ concern: "glow", areas: treated })),
  fc
    .record({ areas, glogau: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }) })
    .map(({ areas: treated, glogau }): ConcernInput => ({
      concern: "fine-lines",
      areas: treated,
      ...(glogau === undefined ? {} : { glogau }),
    })),
  acneScars,
  fc
    .record({
      areas,
      stage: fc.option(fc.constantFrom(...STRETCH_MARK_STAGES), { nil: undefined }),
    })
    .map(({ areas: treated, stage }): ConcernInput => ({
      concern: "stretch-marks",
      areas: treated,
      ...(stage === undefined ? {} : { stage }),
    })),
);

export const lifestyleArb: fc.Arbitrary<LifestyleInput> = fc.record(
  {
    smoker: fc.boolean(),
    dailySunscreen: fc.boolean(),
    frequentSun: fc.boolean(),
    followsAftercare: fc.boolean(),
    regularRoutine: fc.boolean(),
  },
  { requiredKeys: [], noNullPrototype: true },
);

const healthFlagsArb = fc.record(
  Object.fromEntries(HEALTH_FLAGS.map((flag) => [flag, rarely])) as Record<
    (typeof HEALTH_FLAGS)[number],
    fc.Arbitrary<boolean>
  >,
  { requiredKeys: [], noNullPrototype: true },
);

type IsotretinoinSpec = "absent" | "never" | "current" | { daysAgo: number };
const isotretinoinArb: fc.Arbitrary<IsotretinoinSpec> = fc.oneof(
  { weight: 8, arbitrary: fc.constant("absent" as const) },
  { weight: 5, arbitrary: fc.constant("never" as const) },
  { weight: 1, arbitrary: fc.constant("current" as const) },
  { weight: 6, arbitrary: fc.record({ daysAgo: fc.integer({ min: 0, max: 500 }) }) },
);

const blackoutSpecArb = fc.record({
  fromOffset: fc.integer({ min: -30, max: 420 }),
  length: fc.integer({ min: 0, max: 45 }),
  reason: fc.option(fc.string({ maxLength: 30 }), { nil: undefined }),
  sun: fc.option(fc.boolean(), { nil: undefined }),
});

/** Which packs a generated request names. */
export const SHIPPED_RULES = fc.constantFrom("guideline", "evidence");

/**
 * A valid plan request: all concerns, areas and severities, ages 0–100, every skin type, sensitivity,
 * setting and opt-in, lifestyle and health answers, isotretinoin variants, start dates 2026–2030 with or
 * without today, zones with odd offsets, preferred weekdays, and blackouts with and without sun.
 */
export function planRequestArb(
  rules: fc.Arbitrary<string> = SHIPPED_RULES,
): fc.Arbitrary<PlanRequestInput> {
  return fc
    .record({
      concerns: fc.array(concernArb, { minLength: 1, maxLength: 3 }),
      age: fc.oneof(
        { weight: 1, arbitrary: fc.integer({ min: 0, max: 21 }) },
        { weight: 6, arbitrary: fc.integer({ min: 22, max: 100 }) },
      ),
      fitzpatrick: fc.integer({ min: 1, max: 6 }),
      sensitivity: fc.option(fc.constantFrom(...SENSITIVITIES), { nil: undefined }),
      setting: fc.oneof(
        { weight: 2, arbitrary: fc.constant("clinic" as const) },
        { weight: 1, arbitrary: fc.constant("home" as const) },
      ),
      homeDepthOptIn: fc.option(fc.boolean(), { nil: undefined }),
      lifestyle: fc.option(lifestyleArb, { nil: undefined }),
      healthFlags: fc.option(healthFlagsArb, { nil: undefined, freq: 3 }),
      isotretinoin: isotretinoinArb,
      activeAcne: fc.option(
        fc.oneof(
          { weight: 6, arbitrary: fc.constant(ACTIVE_ACNE[0]) },
          { weight: 2, arbitrary: fc.constant(ACTIVE_ACNE[1]) },
          { weight: 1, arbitrary: fc.constant(ACTIVE_ACNE[2]) },
        ),
        { nil: undefined, freq: 2 },
      ),
      startDate: dateBetween("2026-01-01", "2030-12-31"),
      todayOffset: fc.option(fc.integer({ min: -120, max: 60 }), { nil: undefined }),
      timeZone: fc.constantFrom(...TIME_ZONES),
      preferredWeekdays: fc.option(
        fc.uniqueArray(fc.constantFrom(...WEEKDAYS), { minLength: 1, maxLength: 7 }),
        { nil: undefined },
      ),
      blackouts: fc.option(fc.array(blackoutSpecArb, { maxLength: 4 }), { nil: undefined }),
      rules: fc.option(rules, { nil: undefined, freq: 4 }),
    })
    .map((spec) => {
      const start = refDayNumber(spec.startDate);
      const todayDay = spec.todayOffset === undefined ? undefined : start + spec.todayOffset;
      const reference = todayDay ?? start;
      const health: HealthInput = { ...spec.healthFlags };
      if (spec.activeAcne !== undefined) health.activeAcne = spec.activeAcne;
      const iso = spec.isotretinoin;
      if (iso !== "absent") {
        health.isotretinoin =
          typeof iso === "string" ? iso : { stoppedOn: refDate(reference - iso.daysAgo) };
      }
      const out: PlanRequestInput = {
        concerns: spec.concerns,
        age: spec.age,
        fitzpatrick: spec.fitzpatrick,
        setting: spec.setting,
        startDate: spec.startDate,
        timeZone: spec.timeZone,
      };
      if (spec.sensitivity !== undefined) out.sensitivity = spec.sensitivity;
      if (spec.homeDepthOptIn !== undefined) out.homeDepthOptIn = spec.homeDepthOptIn;
      if (spec.lifestyle !== undefined) out.lifestyle = spec.lifestyle;
      if (spec.healthFlags !== undefined || Object.keys(health).length > 0) out.health = health;
      if (todayDay !== undefined) out.today = refDate(todayDay);
      if (spec.preferredWeekdays !== undefined) out.preferredWeekdays = spec.preferredWeekdays;
      if (spec.blackouts !== undefined) {
        out.blackouts = spec.blackouts.map((b) => ({
          from: refDate(start + b.fromOffset),
          to: refDate(start + b.fromOffset + b.length),
          ...(b.reason === undefined ? {} : { reason: b.reason }),
          ...(b.sun === undefined ? {} : { sun: b.sun }),
        }));
      }
      if (spec.rules !== undefined) out.rules = spec.rules;
      return out;
    });
}

/** An adult's request with no health answers and no grading that refers (macular marks, Glogau IV). */
export function healthyRequestArb(
  rules: fc.Arbitrary<string> = SHIPPED_RULES,
): fc.Arbitrary<PlanRequestInput> {
  return planRequestArb(rules).map((input) => {
    const out: PlanRequestInput = { ...input, age: Math.max(22, input.age) };
    delete out.health;
    out.concerns = input.concerns.map((concern) => {
      const { goodmanBaron, glogau, ...rest } = concern;
      const cleaned: ConcernInput = { ...rest };
      if (goodmanBaron !== undefined && goodmanBaron > 1) cleaned.goodmanBaron = goodmanBaron;
      if (
        concern.concern === "acne-scars" &&
        cleaned.severity === undefined &&
        goodmanBaron === 1
      ) {
        cleaned.severity = "mild";
      }
      if (glogau !== undefined && glogau < 4) cleaned.glogau = glogau;
      return cleaned;
    });
    return out;
  });
}

/**
 * Anything, with object keys that break string conversion drawn often: `{"toString": ""}` is valid
 * JSON, and `${value}` or obj[value] throws on it. Plain fc.anything() finds these only rarely.
 */
export const hostileAnything: fc.Arbitrary<unknown> = fc.anything({
  key: fc.oneof(
    fc.string(),
    fc.constantFrom("toString", "valueOf", "toJSON", "__proto__", "constructor", "length"),
  ),
});
