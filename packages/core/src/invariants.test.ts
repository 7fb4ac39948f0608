// rules.md §12: the invariants every plan keeps, checked as properties over thousands of generated
// requests, with the shipped packs and with custom packs; plus the monotonicity of the factors (§4).
import fc from "fast-check";
import { findRule } from "./list-rules.js";
import { describe, expect, it } from "vitest";
import {
  EVIDENCE_PACK,
  GUIDELINE_PACK,
  TreatmentPlanSchema,
  checkSessionDate,
  loadRulePack,
  mergePack,
  plan as planFromInput,
  validateRulePack,
  SHIPPED_PACKS,
  AREAS,
  type PlanRequestInput,
  type RulePack,
  type TreatmentPlan,
} from "./index.js";
import { healthyRequestArb, planRequestArb } from "../test/arbitraries.js";
import { gaps, planOf, refAddDays, refWeekday, withPack } from "../test/fixtures.js";

const SHIPPED: Record<string, RulePack> = { guideline: GUIDELINE_PACK, evidence: EVIDENCE_PACK };
const RUNS = 2500;
/** Generous: thousands of plans per property on a busy 2-core machine. */
const PROPERTY_TIMEOUT = 60_000;

/** Whether a rule a plan or a change names is a record of the pack, or the §12 spacing line. */
function resolves(pack: RulePack, rule: string): boolean {
  return rule === "safety.min-spacing" || findRule(pack, rule) !== undefined;
}

/** A contraindication the request states, independent of what the plan reports. */
function statesContraindication(input: PlanRequestInput): boolean {
  const h = input.health ?? {};
  return (
    input.age < 18 ||
    h.isotretinoin === "current" ||
    [
      h.pregnant,
      h.breastfeeding,
      h.skinCancerInArea,
      h.bleedingDisorder,
      h.metalAllergy,
      h.anaestheticAllergy,
    ].some((answer) => answer === true)
  );
}

/** The days a session must keep out of the sun before and after it, from the pack's prep and aftercare. */
function sunDays(pack: RulePack, setting: "clinic" | "home"): { before: number; after: number } {
  const applies = (rule: { setting?: string | undefined }): boolean =>
    rule.setting === undefined || rule.setting === setting;
  return {
    before: Math.max(
      0,
      ...pack.prep.filter((r) => applies(r) && r.keepsOutOfSun).map((r) => r.daysBefore),
    ),
    after: Math.max(
      0,
      ...pack.aftercare.filter((r) => applies(r) && r.keepsOutOfSun).map((r) => r.toDay),
    ),
  };
}

/**
 * Every invariant of rules.md §12 and every property of a schedule, for one request and its plan. Findings
 * are collected and asserted once: thousands of runs stay fast, and a failure lists everything wrong.
 */
function checkPlan(input: PlanRequestInput, plan: TreatmentPlan, pack: RulePack): void {
  const wrong: string[] = [];
  const ensure = (holds: boolean, what: string): void => {
    if (!holds) wrong.push(what);
  };

  // The plan is what its schema says, with nothing extra.
  expect(TreatmentPlanSchema.parse(plan)).toEqual(plan);
  ensure(plan.rules.id === pack.id, "names its pack");

  // §12.1: any contraindication ⇒ contraindicated, no numbers, no schedule.
  const contraindicated = plan.screening.some((item) => item.level === "contraindicated");
  ensure(
    contraindicated === statesContraindication(input),
    "finds exactly the stated contraindications",
  );
  ensure(
    (plan.status === "contraindicated") === contraindicated,
    "status contraindicated iff a contraindication",
  );
  if (contraindicated) {
    ensure(
      plan.schedule.length === 0 && plan.sessions === null && plan.intervalWeeks === null,
      "contraindicated: nothing planned",
    );
  }
  const order = ["contraindicated", "defer", "refer", "caution"] as const;
  ensure(
    plan.status ===
      (order.find((level) => plan.screening.some((item) => item.level === level)) ?? "ok"),
    "status is the most severe level",
  );

  // The schedule is empty exactly when screening blocks it, else it has the recommended count.
  const blocked =
    plan.status === "contraindicated" ||
    plan.status === "refer" ||
    (plan.status === "defer" && plan.earliestStart === null);
  ensure(
    (plan.schedule.length === 0) === blocked,
    `schedule empty iff blocked (status ${plan.status}, earliest ${plan.earliestStart})`,
  );
  if (!blocked)
    ensure(plan.schedule.length === plan.sessions?.recommended, "schedules the recommended count");

  // Numbers stay inside their ranges.
  if (plan.sessions) {
    const { min, max, recommended } = plan.sessions;
    ensure(min <= recommended && recommended <= max, "recommended sessions within [min, max]");
  }
  if (plan.intervalWeeks) {
    const { min, max, recommended } = plan.intervalWeeks;
    ensure(min <= recommended && recommended <= max, "recommended interval within [min, max]");
    ensure(min >= pack.interval.weeks.min, "interval never under the pack's window");
  }

  // §12.2: spacing.
  const dates = plan.schedule.map((session) => session.date);
  const between = gaps(dates);
  const depths = plan.schedule.flatMap((session) => [
    session.depthMm,
    ...session.depthByArea.map((a) => a.depthMm),
  ]);
  const deep = depths.some((depth) => depth.max >= 0.5);
  for (const gap of between) {
    if (deep) ensure(gap >= 28, `gap ${gap} under 28 days at 0.5 mm or deeper`);
    ensure(gap >= (plan.intervalWeeks?.min ?? 0) * 7, `gap ${gap} under the window minimum`);
    ensure(gap >= (plan.minDaysBetweenSessions ?? 0), `gap ${gap} under minDaysBetweenSessions`);
  }
  plan.schedule.forEach((session, index) => {
    ensure(session.number === index + 1, "sessions numbered 1…n");
    ensure(
      session.daysSincePrevious === (index === 0 ? null : between[index - 1]),
      "daysSincePrevious is the gap",
    );
  });

  // §12.3: at home never deeper than 0.5 mm, and 0.5 mm only with the opt-in.
  for (const depth of depths) {
    ensure(depth.min <= depth.max, "depth min ≤ max");
    if (input.setting !== "home") continue;
    ensure(depth.max <= 0.5, `home depth ${depth.max} over 0.5 mm`);
    if (input.homeDepthOptIn !== true)
      ensure(depth.max < 0.5, `home depth ${depth.max} reaches 0.5 mm without the opt-in`);
  }

  // §12.4: every number names the rule that produced it, and every rule names a source.
  for (const line of plan.explanation) {
    ensure(resolves(pack, line.rule), `rule ${line.rule} is not in the pack`);
    ensure(line.sources.length > 0, `${line.rule} names no source`);
    ensure(
      line.sources.every((source) => !source.includes("unknown source")),
      `${line.rule} names an unknown source`,
    );
  }
  const cited = new Set(plan.explanation.map((line) => line.rule));
  const citedFactors = pack.factors.filter((factor) => cited.has(`factors.${factor.code}`));
  if (plan.sessions) {
    const sessions = plan.sessions;
    const setter = plan.explanation.some(
      (line) =>
        line.topic === "sessions" &&
        pack.sessions.some(
          (rule) =>
            line.rule === `sessions.${rule.code}` &&
            rule.sessions.min === sessions.min &&
            rule.sessions.max === sessions.max,
        ),
    );
    ensure(setter, "a sessions line names the rule of the range");
    const added = citedFactors.reduce((sum, factor) => sum + (factor.addSessions ?? 0), 0);
    ensure(
      sessions.recommended === Math.min(sessions.min + added, sessions.max),
      "the cited factors account for the recommended count",
    );
  }
  if (plan.intervalWeeks) {
    ensure(
      plan.explanation.some(
        (line) => line.topic === "interval" && line.rule === `interval.${pack.interval.code}`,
      ),
      "an interval line names the window",
    );
    const lengthening = citedFactors.flatMap((factor) =>
      factor.interval ? [factor.interval] : [],
    );
    const min = Math.max(pack.interval.weeks.min, ...lengthening.map((i) => i.minWeeks));
    const max = Math.max(pack.interval.weeks.max, ...lengthening.map((i) => i.maxWeeks));
    const recommended = Math.min(
      Math.max(pack.interval.defaultWeeks, ...lengthening.map((i) => i.recommendedWeeks), min),
      max,
    );
    const { intervalWeeks: got } = plan;
    ensure(
      got.min === min && got.max === max && got.recommended === recommended,
      "the cited factors account for the interval",
    );
  }
  const depthLines = new Set(
    plan.explanation.filter((line) => line.topic === "depth").map((line) => line.rule),
  );
  const lowersStart = citedFactors.some((factor) => (factor.depthStepsDownAtStart ?? 0) > 0);
  for (const session of plan.schedule) {
    for (const area of session.depthByArea) {
      ensure(depthLines.has(area.rule), `depth rule ${area.rule} not explained`);
      const rule = pack.depth.rules.find((record) => `depth.${record.code}` === area.rule);
      if (rule && (session.number > 1 || !lowersStart)) {
        ensure(
          area.depthMm.min === rule.depthMm.min && area.depthMm.max === rule.depthMm.max,
          `depth of ${area.area} is its rule's`,
        );
      }
      if (area.rule === `home.${pack.home.code}`) {
        const limit = input.homeDepthOptIn === true ? pack.home.optInMaxMm : pack.home.maxMm;
        ensure(area.depthMm.max <= limit, `home depth within the pack's home limit`);
      }
    }
    for (const step of session.prep)
      ensure(
        pack.prep.some((rule) => rule.code === step.code),
        `prep ${step.code} not in the pack`,
      );
    for (const step of session.aftercare) {
      ensure(
        pack.aftercare.some((rule) => rule.code === step.code),
        `aftercare ${step.code} not in the pack`,
      );
    }
  }
  const [first, second] = plan.schedule;
  if (first && second && !lowersStart) {
    ensure(
      JSON.stringify(first.depthByArea) === JSON.stringify(second.depthByArea),
      "no factor lowers the start: first session as deep as the rest",
    );
  }
  for (const milestone of plan.milestones)
    ensure(
      pack.milestones.some((rule) => rule.code === milestone.code),
      `milestone ${milestone.code}`,
    );
  for (const item of plan.screening)
    ensure(
      pack.screening.some((rule) => rule.code === item.code),
      `screening ${item.code}`,
    );

  // §12.5: the disclaimer.
  ensure(
    plan.disclaimer.includes("not a diagnosis") && /professional/i.test(plan.disclaimer),
    "the disclaimer",
  );

  // Dates: sorted, not before the start, today or the earliest start, on preferred days, outside
  // blackouts, and with the sun-free days around each session clear of every sunny period.
  ensure(
    dates.every((date, index) => index === 0 || (dates[index - 1] ?? "") < date),
    "dates ascending",
  );
  if (first) {
    ensure(first.date >= input.startDate, "first session not before startDate");
    if (input.today !== undefined)
      ensure(first.date >= input.today, "first session not before today");
    ensure(
      plan.earliestStart !== null && first.date >= plan.earliestStart,
      "first session not before earliestStart",
    );
  }
  const sun = sunDays(pack, input.setting);
  for (const date of dates) {
    if (input.preferredWeekdays)
      ensure(input.preferredWeekdays.includes(refWeekday(date)), `${date} not a preferred day`);
    for (const blackout of input.blackouts ?? []) {
      ensure(!(date >= blackout.from && date <= blackout.to), `${date} inside a blackout`);
      if (blackout.sun === true) {
        const meets =
          refAddDays(date, -sun.before) <= blackout.to &&
          refAddDays(date, sun.after) >= blackout.from;
        ensure(!meets, `${date}'s sun-free days meet a sunny period`);
      }
    }
  }

  // Every scheduled session passes the too-early guard given the ones before it.
  plan.schedule.forEach((session, index) => {
    const history = plan.schedule.slice(0, index).map(({ date }) => ({ date }));
    ensure(
      checkSessionDate(plan, history, session.date).verdict !== "refused",
      `session ${session.number} refused by the guard`,
    );
  });

  expect(wrong).toEqual([]);
}

describe("rules.md §12 with the shipped packs", () => {
  it(
    "every generated request gives a plan that keeps every invariant",
    () => {
      fc.assert(
        fc.property(planRequestArb(), (input) => {
          const plan = planOf(input);
          checkPlan(input, plan, SHIPPED[input.rules ?? "guideline"] ?? GUIDELINE_PACK);
          // The shipped packs keep the sun out of the 14 days before and 3 days after each session.
          expect(
            sunDays(SHIPPED[input.rules ?? "guideline"] ?? GUIDELINE_PACK, input.setting),
          ).toEqual({ before: 14, after: 3 });
        }),
        { numRuns: RUNS * 2 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    "the same request always gives the same plan",
    () => {
      fc.assert(
        fc.property(planRequestArb(), (input) => {
          const once = planOf(input);
          const again = planOf(JSON.parse(JSON.stringify(input)) as unknown);
          expect(again).toEqual(once);
          expect(again.id).toBe(once.id);
        }),
        { numRuns: RUNS },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    "contraindications win whatever else is true",
    () => {
      const contraindication = fc.constantFrom<Partial<PlanRequestInput>>(
        { health: { pregnant: true } },
        { health: { breastfeeding: true } },
        { health: { skinCancerInArea: true } },
        { health: { bleedingDisorder: true } },
        { health: { metalAllergy: true } },
        { health: { anaestheticAllergy: true } },
        { health: { isotretinoin: "current" } },
        { age: 17 },
      );
      fc.assert(
        fc.property(planRequestArb(), contraindication, (input, answer) => {
          const merged: PlanRequestInput = {
            ...input,
            ...answer,
            health: { ...input.health, ...answer.health },
          };
          if (answer.age === undefined) merged.age = input.age;
          else merged.age = Math.min(input.age, answer.age);
          const plan = planOf(merged);
          expect(plan.status).toBe("contraindicated");
          expect(plan.schedule).toEqual([]);
        }),
        { numRuns: RUNS },
      );
    },
    PROPERTY_TIMEOUT,
  );
});

type Worsening =
  | "age"
  | "sensitivity"
  | "fitzpatrick"
  | "smoker"
  | "frequentSun"
  | "followsAftercare"
  | "regularRoutine"
  | "dailySunscreen";
const WORSENINGS: readonly Worsening[] = [
  "age",
  "sensitivity",
  "fitzpatrick",
  "smoker",
  "frequentSun",
  "followsAftercare",
  "regularRoutine",
  "dailySunscreen",
];
const BAD_ANSWER = {
  smoker: true,
  frequentSun: true,
  followsAftercare: false,
  regularRoutine: false,
  dailySunscreen: false,
} as const;
const SENSITIVITY = ["normal", "sensitive", "reactive"] as const;

/** The request and a copy with one factor made worse, or undefined when it cannot get worse. */
function worsen(
  input: PlanRequestInput,
  factor: Worsening,
  step: number,
): [PlanRequestInput, PlanRequestInput] | undefined {
  const better = structuredClone(input);
  const worse = structuredClone(input);
  switch (factor) {
    case "age":
      if (input.age >= 100) return undefined;
      worse.age = Math.min(100, input.age + step);
      return [better, worse];
    case "sensitivity": {
      const from = SENSITIVITY.indexOf(input.sensitivity ?? "normal");
      if (from === 2) return undefined;
      worse.sensitivity = SENSITIVITY[Math.min(2, from + 1 + (step % 2))] ?? "reactive";
      return [better, worse];
    }
    case "fitzpatrick":
      if (input.fitzpatrick >= 6) return undefined;
      worse.fitzpatrick = Math.min(6, input.fitzpatrick + 1 + (step % 3));
      return [better, worse];
    default:
      better.lifestyle = { ...input.lifestyle, [factor]: !BAD_ANSWER[factor] };
      worse.lifestyle = { ...input.lifestyle, [factor]: BAD_ANSWER[factor] };
      return [better, worse];
  }
}

describe("factor monotonicity (rules.md §4)", () => {
  it(
    "making one factor worse never lowers the count, never shortens the interval and never deepens the first session",
    () => {
      fc.assert(
        fc.property(
          fc.oneof(planRequestArb(), healthyRequestArb()),
          fc.constantFrom(...WORSENINGS),
          fc.integer({ min: 1, max: 60 }),
          (input, factor, step) => {
            const pair = worsen(input, factor, step);
            if (!pair) return;
            const [a, b] = pair.map((request) => planOf(request)) as [TreatmentPlan, TreatmentPlan];
            if (a.sessions && b.sessions) {
              expect(b.sessions.recommended).toBeGreaterThanOrEqual(a.sessions.recommended);
              expect(b.sessions.min).toBe(a.sessions.min);
              expect(b.sessions.max).toBe(a.sessions.max);
            }
            if (a.intervalWeeks && b.intervalWeeks) {
              expect(b.intervalWeeks.min).toBeGreaterThanOrEqual(a.intervalWeeks.min);
              expect(b.intervalWeeks.recommended).toBeGreaterThanOrEqual(
                a.intervalWeeks.recommended,
              );
              expect(b.intervalWeeks.max).toBeGreaterThanOrEqual(a.intervalWeeks.max);
              expect(b.minDaysBetweenSessions ?? 0).toBeGreaterThanOrEqual(
                a.minDaysBetweenSessions ?? 0,
              );
            }
            const firstA = a.schedule[0];
            const firstB = b.schedule[0];
            if (firstA && firstB) {
              expect(firstB.depthMm.max).toBeLessThanOrEqual(firstA.depthMm.max);
              expect(firstB.depthMm.min).toBeLessThanOrEqual(firstA.depthMm.min);
              firstB.depthByArea.forEach((area, index) => {
                expect(area.depthMm.max).toBeLessThanOrEqual(
                  firstA.depthByArea[index]?.depthMm.max ?? Number.NaN,
                );
              });
            }
          },
        ),
        { numRuns: RUNS * 2 },
      );
    },
    PROPERTY_TIMEOUT,
  );
});

const CUSTOM_SOURCE = {
  "clinic-2026": "A clinic's own protocol, approved by its medical director.",
};
const FACTOR_INTERVALS = ["sensitive-skin", "reactive-skin", "fitzpatrick-4-6"] as const;
const SESSION_CODES = [
  "glow",
  "fine-lines",
  "acne-scars.mild",
  "acne-scars.moderate",
  "acne-scars.deep",
  "stretch-marks",
  "body",
] as const;

/** The overrides of a custom pack that extends a shipped one: every number moved within what §12 allows. */
const overridesArb = fc
  .record({
    base: fc.constantFrom("guideline" as const, "evidence" as const),
    windowMin: fc.integer({ min: 4, max: 8 }),
    windowExtra: fc.integer({ min: 0, max: 4 }),
    defaultShare: fc.integer({ min: 0, max: 4 }),
    factorExtra: fc.array(
      fc.tuple(
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 0, max: 3 }),
      ),
      {
        minLength: 3,
        maxLength: 3,
      },
    ),
    sessions: fc
      .subarray([...SESSION_CODES])
      .chain((codes) =>
        fc.tuple(
          ...codes.map((code) =>
            fc.tuple(
              fc.constant(code),
              fc.integer({ min: 1, max: 8 }),
              fc.integer({ min: 0, max: 4 }),
            ),
          ),
        ),
      ),
    smokingAdds: fc.integer({ min: 0, max: 4 }),
    reactiveSteps: fc.integer({ min: 0, max: 3 }),
    home: fc.constantFrom(
      { defaultMm: 0.2, maxMm: 0.25, optInMaxMm: 0.3 },
      { defaultMm: 0.25, maxMm: 0.3, optInMaxMm: 0.5 },
      { defaultMm: 0.25, maxMm: 0.45, optInMaxMm: 0.5 },
      { defaultMm: 0.1, maxMm: 0.2, optInMaxMm: 0.45 },
    ),
    tanningDays: fc.integer({ min: 0, max: 30 }),
    sunAfterDays: fc.integer({ min: 1, max: 10 }),
    extraItem: fc.boolean(),
  })
  .map((spec) => {
    const min = spec.windowMin;
    const max = min + spec.windowExtra;
    return {
      base: spec.base,
      overrides: {
        id: "clinic-custom",
        version: "1.0.0",
        name: "A clinic's protocol",
        sources: CUSTOM_SOURCE,
        interval: {
          weeks: { min, max },
          defaultWeeks: min + Math.min(spec.windowExtra, spec.defaultShare),
        },
        factors: [
          ...FACTOR_INTERVALS.map((code, index) => {
            const [lift, spread, share] = spec.factorExtra[index] ?? [0, 0, 0];
            const minWeeks = min + lift;
            return {
              code,
              interval: {
                minWeeks,
                maxWeeks: minWeeks + spread,
                recommendedWeeks: minWeeks + Math.min(spread, share),
              },
              ...(code === "reactive-skin" ? { depthStepsDownAtStart: spec.reactiveSteps } : {}),
            };
          }),
          { code: "smoking", addSessions: spec.smokingAdds },
        ],
        sessions: spec.sessions.map(([code, low, width]) => ({
          code,
          sessions: { min: low, max: low + width },
        })),
        home: spec.home,
        prep: [{ code: "no-tanning", daysBefore: spec.tanningDays }],
        aftercare: [{ code: "no-sun", toDay: spec.sunAfterDays }],
        screening: spec.extraItem
          ? [
              {
                code: "age-60-plus",
                level: "caution",
                when: [{ fact: "age", atLeast: 60 }],
                message: "Older skin heals more slowly.",
                grade: "D",
                sources: ["clinic-2026"],
              },
            ]
          : [],
      },
    };
  });

/** A complete pack with every depth under 0.5 mm, so that sessions may be closer than 4 weeks. */
const shallowPackArb = fc
  .record({ minWeeks: fc.integer({ min: 1, max: 3 }), maxMm: fc.constantFrom(0.2, 0.3, 0.45) })
  .map(({ minWeeks, maxMm }) => ({
    ...structuredClone(GUIDELINE_PACK),
    id: "shallow",
    interval: {
      ...GUIDELINE_PACK.interval,
      weeks: { min: minWeeks, max: minWeeks + 2 },
      defaultWeeks: minWeeks + 1,
    },
    factors: GUIDELINE_PACK.factors.map((factor) =>
      factor.interval
        ? {
            ...factor,
            interval: { minWeeks, maxWeeks: minWeeks + 2, recommendedWeeks: minWeeks + 2 },
          }
        : factor,
    ),
    depth: {
      stepMm: 0.05,
      floorMm: 0.1,
      rules: [
        {
          code: "all",
          areas: [...AREAS],
          depthMm: { min: 0.1, max: maxMm },
          grade: "C" as const,
          sources: ["conservative"],
        },
      ],
    },
  }));

describe("rules.md §12 with custom packs", () => {
  it(
    "an extending pack loads, equals mergePack of its base, and its plans keep every invariant",
    () => {
      fc.assert(
        fc.property(
          overridesArb,
          planRequestArb(fc.constant("clinic-custom")),
          ({ base, overrides }, input) => {
            const loaded = loadRulePack({ ...overrides, extends: base });
            expect(loaded.issues).toEqual([]);
            if (!loaded.ok) return;
            const merged = validateRulePack(mergePack(SHIPPED_PACKS[base], overrides));
            expect(merged.ok && merged.value).toEqual(loaded.value);
            const request = { ...input, rules: "clinic-custom" };
            const plan = planOf(request, withPack(loaded.value));
            checkPlan(request, plan, loaded.value);
          },
        ),
        { numRuns: RUNS },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    "a pack with every depth under 0.5 mm may space sessions by its own window, never closer",
    () => {
      fc.assert(
        fc.property(shallowPackArb, planRequestArb(fc.constant("shallow")), (pack, input) => {
          const loaded = loadRulePack(pack);
          expect(loaded.issues).toEqual([]);
          if (!loaded.ok) return;
          const request = { ...input, rules: "shallow" };
          const plan = planOf(request, withPack(loaded.value));
          checkPlan(request, plan, loaded.value);
          if (plan.minDaysBetweenSessions !== null)
            expect(plan.minDaysBetweenSessions).toBe(pack.interval.weeks.min * 7);
        }),
        { numRuns: RUNS },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it("plans through `plan` with a custom pack name it in `rules`", () => {
    const loaded = loadRulePack({ id: "clinic-x", extends: "evidence", version: "2" });
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    const result = planFromInput({ ...planInput(), rules: "clinic-x" }, withPack(loaded.value));
    expect(result.ok && result.value.rules).toEqual({
      id: "clinic-x",
      version: "2",
      name: "Evidence",
    });
  });
});

function planInput(): PlanRequestInput {
  return {
    concerns: [{ concern: "glow", areas: ["cheeks"] }],
    age: 30,
    fitzpatrick: 2,
    setting: "clinic",
    startDate: "2027-01-04",
    timeZone: "Europe/London",
  };
}

describe("schedule dates do not depend on the process time zone", () => {
  it("gives the same plans under TZ=Pacific/Kiritimati, Etc/GMT+12, Australia/Lord_Howe and America/Santiago", () => {
    const inputs = fc.sample(planRequestArb(), { seed: 2027, numRuns: 200 });
    const original = process.env.TZ;
    const plansUnder = (zone: string): TreatmentPlan[] => {
      process.env.TZ = zone;
      return inputs.map((input) => planOf(input));
    };
    try {
      const reference = plansUnder("UTC");
      const utcOffset = new Date(Date.UTC(2027, 0, 1)).getTimezoneOffset();
      for (const zone of [
        "Pacific/Kiritimati",
        "Etc/GMT+12",
        "Australia/Lord_Howe",
        "America/Santiago",
      ]) {
        const plans = plansUnder(zone);
        // The switch took effect: the process now sees a different local offset.
        expect(new Date(Date.UTC(2027, 0, 1)).getTimezoneOffset()).not.toBe(utcOffset);
        expect(plans).toEqual(reference);
      }
    } finally {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    }
  });
});
