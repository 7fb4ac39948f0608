// rules.md §12 for revised plans: thousands of generated requests, each with a random journal (sessions at
// valid and invalid gaps, check-ins with random scores and warning signs, ratings) and a random today.
import fc from "fast-check";
import { findRule } from "./list-rules.js";
import { describe, expect, it } from "vitest";
import {
  AREAS,
  EVIDENCE_PACK,
  GUIDELINE_PACK,
  validateRulePack,
  TreatmentPlanSchema,
  adaptPlan,
  buildPlan,
  checkSessionDate,
  parsePlanRequest,
  type AdaptedPlan,
  type PlanRequestInput,
  type RulePack,
  type TreatmentPlan,
} from "./index.js";
import { healthyRequestArb, planRequestArb } from "../test/arbitraries.js";
import { refAddDays, refDaysBetween, refWeekday } from "../test/fixtures.js";
import { journalFor, journalSpecArb, type JournalSpec } from "../test/journal-arbitraries.js";

const SHIPPED: Record<string, RulePack> = { guideline: GUIDELINE_PACK, evidence: EVIDENCE_PACK };
const RUNS = 2000;
const PROPERTY_TIMEOUT = 60_000;

/** A home request that can be planned: glow or fine lines on the face or neck. */
const homeRequestArb: fc.Arbitrary<PlanRequestInput> = fc
  .record({
    base: healthyRequestArb(),
    concern: fc.constantFrom("glow" as const, "fine-lines" as const),
    areas: fc.uniqueArray(
      fc.constantFrom("forehead", "periorbital", "cheeks", "perioral", "chin", "neck" as const),
      { minLength: 1, maxLength: 3 },
    ),
    optIn: fc.boolean(),
  })
  .map(({ base, concern, areas, optIn }) => ({
    ...base,
    setting: "home" as const,
    homeDepthOptIn: optIn,
    concerns: [{ concern, areas }],
  }));

/** Mostly courses that can be planned, in a clinic and at home; some held back by screening. */
const courseRequestArb = fc.oneof(
  { weight: 1, arbitrary: planRequestArb() },
  { weight: 3, arbitrary: healthyRequestArb() },
  { weight: 1, arbitrary: homeRequestArb },
);

interface Case {
  readonly input: PlanRequestInput;
  readonly pack: RulePack;
  readonly original: TreatmentPlan;
  readonly journal: ReturnType<typeof journalFor>;
  readonly adapted: AdaptedPlan;
}

/** A complete pack with every depth under 0.5 mm and a window of a few weeks: only what was done can be deep. */
const shallowSpecArb = fc.record({
  minWeeks: fc.integer({ min: 1, max: 3 }),
  maxMm: fc.constantFrom(0.2, 0.3, 0.45),
});

function shallowPack({ minWeeks, maxMm }: { minWeeks: number; maxMm: number }): RulePack {
  const window = { minWeeks, maxWeeks: minWeeks + 2, recommendedWeeks: minWeeks + 2 };
  return {
    ...structuredClone(GUIDELINE_PACK),
    id: "shallow",
    interval: {
      ...GUIDELINE_PACK.interval,
      weeks: { min: minWeeks, max: minWeeks + 2 },
      defaultWeeks: minWeeks + 1,
    },
    factors: GUIDELINE_PACK.factors.map((f) => (f.interval ? { ...f, interval: window } : f)),
    depth: {
      stepMm: 0.05,
      floorMm: 0.1,
      rules: [
        {
          code: "all",
          areas: [...AREAS],
          depthMm: { min: 0.1, max: maxMm },
          grade: "C",
          sources: ["conservative"],
        },
      ],
    },
  };
}

function adaptCase(
  input: PlanRequestInput,
  spec: JournalSpec,
  reverse = false,
  custom?: RulePack,
): Case {
  const parsed = parsePlanRequest(input);
  if (!parsed.ok) throw new Error(`Generated an invalid request: ${JSON.stringify(parsed.issues)}`);
  const pack = custom ?? SHIPPED[parsed.value.rules] ?? GUIDELINE_PACK;
  const original = buildPlan(parsed.value, pack);
  const journal = journalFor(input, spec);
  const order = <T>(list: T[]): T[] => (reverse ? [...list].reverse() : list);
  const adapted = adaptPlan({
    request: parsed.value,
    pack,
    plan: original,
    sessions: order(journal.sessions),
    checkIns: order(journal.checkIns),
    ratings: order(journal.ratings),
    today: journal.today,
  });
  return { input, pack, original, journal, adapted };
}

/** Whether a rule a plan or a change names is a record of the pack, or the §12 spacing line. */
function resolves(pack: RulePack, rule: string): boolean {
  return rule === "safety.min-spacing" || findRule(pack, rule) !== undefined;
}

/** Every invariant of a revised plan, checked independently of the code under test; findings listed together. */
function checkRevision({ input, pack, original, journal, adapted }: Case): string[] {
  const wrong: string[] = [];
  const ensure = (holds: boolean, what: string): void => {
    if (!holds) wrong.push(what);
  };
  const { plan, state, changes } = adapted;
  expect(TreatmentPlanSchema.parse(plan)).toEqual(plan);
  ensure(plan.disclaimer.includes("not a diagnosis"), "§12.5 the disclaimer");
  const blocked = original.status === "contraindicated" || original.schedule.length === 0;
  if (original.status === "contraindicated")
    ensure(plan.schedule.length === 0 && state === "paused", "§12.1 contraindicated: nothing");
  if (blocked) {
    ensure(plan === original && changes.length === 0, "held back by screening: unchanged");
    return wrong;
  }

  const done = [...journal.sessions].map((s) => s.date).sort();
  const doneEntries = plan.schedule.filter((s) => s.state === "done");
  const planned = plan.schedule.filter((s) => s.state !== "done");
  ensure(
    doneEntries.length === 0 || doneEntries.map((s) => s.date).join() === done.join(),
    "done sessions first, as logged",
  );
  ensure(
    plan.schedule.every((s, index) => s.number === index + 1),
    "numbered 1…n, done sessions first",
  );
  const last = done.at(-1);
  const warned = journal.checkIns.some(
    (c) => (c.warningSigns?.length ?? 0) > 0 && (last === undefined || c.date >= last),
  );
  ensure((state === "paused") === warned, `paused iff a warning sign since the last session`);
  if (state !== "active") ensure(planned.length === 0, `${state}: nothing planned`);

  // Spacing (§12.2): never under the minimum, to each other or to the last session done.
  const deep =
    plan.schedule.some((s) => s.depthByArea.some((a) => a.depthMm.max >= 0.5)) ||
    journal.sessions.some((s) => s.depthByArea.some((a) => a.depthMm >= 0.5));
  const minGap = Math.max(original.minDaysBetweenSessions ?? 0, deep ? 28 : 0);
  ensure((plan.minDaysBetweenSessions ?? 0) >= minGap, "the too-early guard keeps that minimum");
  const dates = [...(last === undefined ? [] : [last]), ...planned.map((s) => s.date)];
  dates.slice(1).forEach((date, index) => {
    const gap = refDaysBetween(date, dates[index] ?? date);
    ensure(gap >= minGap, `gap ${gap} under ${minGap}`);
  });
  const sessions = plan.sessions;
  ensure(sessions !== null, "numbers kept");
  if (sessions) {
    ensure(
      sessions.min <= sessions.recommended && sessions.recommended <= sessions.max,
      "count within the range",
    );
    ensure(planned.length <= Math.max(0, sessions.max - done.length), "never past sessions.max");
  }
  for (const session of planned) {
    ensure(session.date >= journal.today, "planned not before today");
    const was = original.schedule[session.number - 1] ?? original.schedule.at(-1);
    session.depthByArea.forEach((area, index) => {
      const before = was?.depthByArea[index]?.depthMm;
      ensure(before !== undefined && area.depthMm.max <= before.max, "never deeper than planned");
      ensure(area.depthMm.min <= area.depthMm.max, "depth min ≤ max");
      if (input.setting === "home") {
        ensure(area.depthMm.max <= 0.5, "§12.3 home never past 0.5 mm");
        if (input.homeDepthOptIn !== true) ensure(area.depthMm.max < 0.5, "§12.3 0.5 mm opt-in");
      }
      ensure(
        plan.explanation.some((line) => line.topic === "depth" && line.rule === area.rule),
        `depth ${area.rule} explained`,
      );
    });
    if (input.preferredWeekdays)
      ensure(input.preferredWeekdays.includes(refWeekday(session.date)), "a preferred day");
    for (const b of input.blackouts ?? []) {
      ensure(!(session.date >= b.from && session.date <= b.to), "outside blackouts");
      if (b.sun === true)
        ensure(
          !(refAddDays(session.date, -14) <= b.to && refAddDays(session.date, 3) >= b.from),
          "sun-free days clear of a sun period",
        );
    }
    const history = plan.schedule.filter((s) => s.number < session.number);
    ensure(
      checkSessionDate(plan, history, session.date).verdict !== "refused",
      "passes the too-early guard",
    );
  }
  // §12.4: every session's date has its line; every line and change names a rule of the pack.
  for (const session of plan.schedule)
    ensure(
      plan.explanation.some(
        (line) =>
          line.topic === "schedule" && line.effect.startsWith(`Session ${session.number} on `),
      ),
      `session ${session.number}'s date explained`,
    );
  for (const line of plan.explanation) {
    ensure(resolves(pack, line.rule), `line rule ${line.rule}`);
    ensure(!line.sources.some((s) => s.includes("unknown source")), `${line.rule} sources`);
  }
  for (const change of changes) ensure(resolves(pack, change.rule), `change rule ${change.rule}`);
  for (const rule of new Set(changes.map((c) => c.rule)))
    if (rule.startsWith("adapt."))
      ensure(
        plan.explanation.some((line) => line.rule === rule),
        `${rule} explained`,
      );
  return wrong;
}

describe("adaptPlan keeps rules.md §12 whatever the journal", () => {
  it(
    "every revision of every generated course keeps every invariant, and never throws",
    () => {
      fc.assert(
        fc.property(courseRequestArb, journalSpecArb, (input, spec) => {
          expect(checkRevision(adaptCase(input, spec))).toEqual([]);
        }),
        { numRuns: RUNS * 2 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    "with a shallow pack, a session done at 0.5 mm or deeper still keeps the next 28 days away",
    () => {
      fc.assert(
        fc.property(shallowSpecArb, courseRequestArb, journalSpecArb, (shallow, input, spec) => {
          const pack = shallowPack(shallow);
          expect(validateRulePack(pack).issues).toEqual([]);
          expect(checkRevision(adaptCase(input, spec, false, pack))).toEqual([]);
        }),
        { numRuns: RUNS / 2 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    "the journal's order never matters",
    () => {
      fc.assert(
        fc.property(courseRequestArb, journalSpecArb, (input, spec) => {
          expect(adaptCase(input, spec, true).adapted).toEqual(adaptCase(input, spec).adapted);
        }),
        { numRuns: RUNS / 2 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    "with nothing logged and today not past the first session, the plan comes back as made",
    () => {
      fc.assert(
        fc.property(planRequestArb(), fc.integer({ min: 0, max: 400 }), (input, before) => {
          const parsed = parsePlanRequest(input);
          if (!parsed.ok) throw new Error("invalid request");
          const pack = SHIPPED[parsed.value.rules] ?? GUIDELINE_PACK;
          const plan = buildPlan(parsed.value, pack);
          const first = plan.schedule[0]?.date;
          if (first === undefined || plan.status === "contraindicated") return;
          const today = refAddDays(first, -before);
          const adapted = adaptPlan({
            request: parsed.value,
            pack,
            plan,
            sessions: [],
            checkIns: [],
            ratings: [],
            today,
          });
          expect(adapted).toEqual({ plan, changes: [], state: "active" });
        }),
        { numRuns: RUNS / 2 },
      );
    },
    PROPERTY_TIMEOUT,
  );
});
