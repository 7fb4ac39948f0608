import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { WEEKDAYS } from "./calendar-date.js";
import type { PlanRequestInput } from "./request-schema.js";
import { scheduleSessions, type ScheduleConstraints } from "./schedule-sessions.js";
import { dateBetween } from "../test/arbitraries.js";
import { gaps, planOf, refAddDays, refDaysBetween, refWeekday, request } from "../test/fixtures.js";

const BASE: ScheduleConstraints = {
  count: 4,
  firstDate: "2027-01-04",
  intervalDays: { min: 28, max: 42, recommended: 42 },
  minGapDays: 28,
  weekdays: [],
  blackouts: [],
  sunDaysBefore: 14,
  sunDaysAfter: 3,
  horizonDays: 730,
};

const datesOf = (c: Partial<ScheduleConstraints>): string[] =>
  scheduleSessions({ ...BASE, ...c }).sessions.map((session) => session.date);

describe("scheduleSessions", () => {
  it.each([
    [
      "no constraint: every recommended interval",
      {},
      ["2027-01-04", "2027-02-15", "2027-03-29", "2027-05-10"],
    ],
    [
      "Saturdays only (4 Jan 2027 is a Monday)",
      { weekdays: ["sat"] },
      ["2027-01-09", "2027-02-20", "2027-04-03", "2027-05-15"],
    ],
    [
      "a blackout over the start",
      { blackouts: [{ from: "2027-01-01", to: "2027-01-10" }] },
      ["2027-01-11", "2027-02-22", "2027-04-05", "2027-05-17"],
    ],
    [
      "a sun period 10–12 Jan keeps the 14 days before and 3 after clear",
      { firstDate: "2027-01-08", blackouts: [{ from: "2027-01-10", to: "2027-01-12", sun: true }] },
      ["2027-01-27", "2027-03-10", "2027-04-21", "2027-06-02"],
    ],
    [
      "a session may end its 3 sun-free days the day before a sun period",
      { firstDate: "2027-01-06", blackouts: [{ from: "2027-01-10", to: "2027-01-12", sun: true }] },
      ["2027-01-06", "2027-02-17", "2027-03-31", "2027-05-12"],
    ],
    [
      "the same period without sun blocks only its own days",
      { firstDate: "2027-01-08", blackouts: [{ from: "2027-01-10", to: "2027-01-12" }] },
      ["2027-01-08", "2027-02-19", "2027-04-02", "2027-05-14"],
    ],
    [
      "a blocked target moves to the nearest earlier day, never under the minimum",
      { count: 2, blackouts: [{ from: "2027-02-15", to: "2027-02-20" }] },
      ["2027-01-04", "2027-02-14"],
    ],
    [
      "a whole window blocked: the session goes past it",
      { count: 2, blackouts: [{ from: "2027-01-30", to: "2027-03-01" }] },
      ["2027-01-04", "2027-03-02"],
    ],
  ] satisfies [string, Partial<ScheduleConstraints>, string[]][])(
    "%s",
    (_name, constraints, expected) => {
      expect(datesOf(constraints)).toEqual(expected);
    },
  );

  it("flags a session pushed past the window as stretched, and one moved earlier keeps the minimum gap", () => {
    const stretched = scheduleSessions({
      ...BASE,
      count: 2,
      blackouts: [{ from: "2027-01-30", to: "2027-03-01" }],
    });
    expect(stretched.sessions.map((s) => s.stretched)).toEqual([false, true]);
    expect(stretched.sessions[1]?.reasons.map((r) => r.reason)).toEqual(["blackout"]);
    const early = scheduleSessions({
      ...BASE,
      count: 2,
      blackouts: [{ from: "2027-02-01", to: "2027-02-20" }],
    });
    expect(early.sessions.map((s) => s.date)).toEqual(["2027-01-04", "2027-02-21"]);
  });

  it("reports the sessions it could not place within the horizon", () => {
    const result = scheduleSessions({
      ...BASE,
      horizonDays: 30,
      blackouts: [{ from: "2027-01-01", to: "2027-12-31" }],
    });
    expect(result.sessions).toEqual([]);
    expect(result.unplaced).toBe(4);
  });

  const constraintsArb: fc.Arbitrary<ScheduleConstraints> = fc
    .record({
      count: fc.integer({ min: 1, max: 9 }),
      firstDate: dateBetween("2026-01-01", "2030-12-31"),
      minWeeks: fc.integer({ min: 1, max: 8 }),
      extraWeeks: fc.integer({ min: 0, max: 4 }),
      recommendedShare: fc.integer({ min: 0, max: 4 }),
      minGapDays: fc.constantFrom(0, 14, 28, 35),
      weekdays: fc.uniqueArray(fc.constantFrom(...WEEKDAYS), { maxLength: 7 }),
      blackouts: fc.array(
        fc.record({
          offset: fc.integer({ min: -30, max: 400 }),
          length: fc.integer({ min: 0, max: 60 }),
          sun: fc.boolean(),
        }),
        { maxLength: 6 },
      ),
      sunDaysBefore: fc.integer({ min: 0, max: 21 }),
      sunDaysAfter: fc.integer({ min: 0, max: 7 }),
      horizonDays: fc.integer({ min: 1, max: 400 }),
    })
    .map((spec) => {
      const max = spec.minWeeks + spec.extraWeeks;
      const recommended = spec.minWeeks + Math.min(spec.extraWeeks, spec.recommendedShare);
      return {
        count: spec.count,
        firstDate: spec.firstDate,
        intervalDays: { min: spec.minWeeks * 7, max: max * 7, recommended: recommended * 7 },
        minGapDays: spec.minGapDays,
        weekdays: spec.weekdays,
        blackouts: spec.blackouts.map((b) => ({
          from: refAddDays(spec.firstDate, b.offset),
          to: refAddDays(spec.firstDate, b.offset + b.length),
          sun: b.sun,
        })),
        sunDaysBefore: spec.sunDaysBefore,
        sunDaysAfter: spec.sunDaysAfter,
        horizonDays: spec.horizonDays,
      };
    });

  it("always respects the first date, the minimum gap, the weekdays, the blackouts and the sun periods", () => {
    fc.assert(
      fc.property(constraintsArb, (c) => {
        const { sessions, unplaced } = scheduleSessions(c);
        const dates = sessions.map((s) => s.date);
        expect(sessions.length + unplaced).toBe(c.count);
        expect(dates).toEqual([...dates].sort());
        if (dates[0] !== undefined) expect(dates[0] >= c.firstDate).toBe(true);
        const minGap = Math.max(c.minGapDays, c.intervalDays.min);
        for (const gap of gaps(dates)) expect(gap).toBeGreaterThanOrEqual(minGap);
        for (const date of dates) {
          if (c.weekdays.length > 0) expect(c.weekdays).toContain(refWeekday(date));
          for (const b of c.blackouts) {
            expect(date >= b.from && date <= b.to).toBe(false);
            if (b.sun) {
              const meets =
                refAddDays(date, -c.sunDaysBefore) <= b.to &&
                refAddDays(date, c.sunDaysAfter) >= b.from;
              expect(meets).toBe(false);
            }
          }
        }
        sessions.forEach((session, index) => {
          const previous = sessions[index - 1];
          if (previous === undefined) return;
          const gap = refDaysBetween(session.date, previous.date);
          expect(session.stretched).toBe(gap > Math.max(c.intervalDays.max, minGap));
        });
      }),
      { numRuns: 3000 },
    );
  });

  it("places every session on its target when nothing is in the way", () => {
    fc.assert(
      fc.property(constraintsArb, (c) => {
        const free = { ...c, weekdays: [], blackouts: [] };
        const dates = scheduleSessions(free).sessions.map((s) => s.date);
        expect(dates[0]).toBe(c.firstDate);
        const step = Math.max(c.intervalDays.recommended, c.minGapDays, c.intervalDays.min);
        expect(gaps(dates)).toEqual(dates.slice(1).map(() => step));
      }),
      { numRuns: 1000 },
    );
  });
});

describe("scheduleSessions after a session already done", () => {
  const after = (c: Partial<ScheduleConstraints>): string[] =>
    datesOf({ count: 2, previous: "2027-01-04", ...c });

  it.each([
    [
      "the first follows the done session by the recommended interval",
      { firstDate: "2027-01-04" },
      ["2027-02-15", "2027-03-29"],
    ],
    [
      "a lengthened first interval moves only the first one's target",
      { firstDate: "2027-01-04", firstIntervalDays: { min: 28, max: 56, recommended: 56 } },
      ["2027-03-01", "2027-04-12"],
    ],
    [
      "today past the window: from today, then the usual interval",
      { firstDate: "2027-03-10" },
      ["2027-03-10", "2027-04-21"],
    ],
    [
      "a blocked target goes to the nearest earlier day, but never before today",
      { firstDate: "2027-02-13", blackouts: [{ from: "2027-02-15", to: "2027-02-28" }] },
      ["2027-02-14", "2027-03-28"],
    ],
    [
      "and past the window when today leaves no earlier day",
      { firstDate: "2027-02-15", blackouts: [{ from: "2027-02-15", to: "2027-02-28" }] },
      ["2027-03-01", "2027-04-12"],
    ],
    [
      "never under the minimum gap from the done session, whatever today is",
      { firstDate: "2027-01-10", intervalDays: { min: 28, max: 42, recommended: 28 } },
      ["2027-02-01", "2027-03-01"],
    ],
  ] satisfies [string, Partial<ScheduleConstraints>, string[]][])(
    "%s",
    (_name, constraints, expected) => {
      expect(after(constraints)).toEqual(expected);
    },
  );

  it("a session late because of today is not stretched; one pushed past an open window is", () => {
    const late = scheduleSessions({
      ...BASE,
      count: 1,
      previous: "2027-01-04",
      firstDate: "2027-03-10",
    });
    expect(late.sessions.map((s) => [s.date, s.stretched])).toEqual([["2027-03-10", false]]);
    const pushed = scheduleSessions({
      ...BASE,
      count: 1,
      previous: "2027-01-04",
      firstDate: "2027-01-04",
      blackouts: [{ from: "2027-02-01", to: "2027-02-20" }],
    });
    expect(pushed.sessions.map((s) => [s.date, s.stretched])).toEqual([["2027-02-21", true]]);
  });

  it("keeps the minimum gap from the done session and never places a session before the first date", () => {
    fc.assert(
      fc.property(constraintsArbWithPrevious(), (c) => {
        const dates = scheduleSessions(c).sessions.map((s) => s.date);
        const minGap = Math.max(c.minGapDays, c.intervalDays.min);
        for (const date of dates) expect(date >= c.firstDate).toBe(true);
        if (c.previous !== undefined && dates[0] !== undefined)
          expect(refDaysBetween(dates[0], c.previous)).toBeGreaterThanOrEqual(
            Math.max(minGap, c.firstIntervalDays?.min ?? 0),
          );
        for (const gap of gaps(dates)) expect(gap).toBeGreaterThanOrEqual(minGap);
      }),
      { numRuns: 2000 },
    );
  });
});

function constraintsArbWithPrevious(): fc.Arbitrary<ScheduleConstraints> {
  return fc
    .record({
      previous: dateBetween("2027-01-01", "2027-12-31"),
      todayOffset: fc.integer({ min: -30, max: 120 }),
      minWeeks: fc.integer({ min: 1, max: 8 }),
      extraWeeks: fc.integer({ min: 0, max: 4 }),
      lengthen: fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined }),
      minGapDays: fc.constantFrom(0, 14, 28),
      weekdays: fc.uniqueArray(fc.constantFrom(...WEEKDAYS), { maxLength: 7 }),
      blackout: fc.option(
        fc.record({
          offset: fc.integer({ min: 0, max: 120 }),
          length: fc.integer({ min: 0, max: 40 }),
        }),
        { nil: undefined },
      ),
    })
    .map((spec) => {
      const max = (spec.minWeeks + spec.extraWeeks) * 7;
      const intervalDays = { min: spec.minWeeks * 7, max, recommended: max };
      return {
        ...BASE,
        count: 3,
        previous: spec.previous,
        firstDate: refAddDays(spec.previous, spec.todayOffset),
        intervalDays,
        ...(spec.lengthen === undefined
          ? {}
          : {
              firstIntervalDays: {
                ...intervalDays,
                max: max + spec.lengthen * 7,
                recommended: max + spec.lengthen * 7,
              },
            }),
        minGapDays: spec.minGapDays,
        weekdays: spec.weekdays,
        blackouts:
          spec.blackout === undefined
            ? []
            : [
                {
                  from: refAddDays(spec.previous, spec.blackout.offset),
                  to: refAddDays(spec.previous, spec.blackout.offset + spec.blackout.length),
                },
              ],
      };
    });
}

describe("the plan's schedule and what it tells the person", () => {
  it("starts from today when the start date has passed, and says so", () => {
    const plan = planOf(request({ startDate: "2027-01-04", today: "2027-02-01" }));
    expect(plan.startDate).toBe("2027-02-01");
    expect(plan.schedule[0]?.date).toBe("2027-02-01");
    expect(plan.warnings.map((w) => w.code)).toContain("start-in-past");
  });

  it.each(
    (
      [
        [
          "a session moved before its target",
          request({ blackouts: [{ from: "2027-02-15", to: "2027-02-20" }] }),
          "before-recommended",
          2,
        ],
        [
          "a session pushed past the window",
          request({ blackouts: [{ from: "2027-01-30", to: "2027-03-01" }] }),
          "interval-stretched",
          2,
        ],
        [
          "a sunny period in the 2 weeks of daily SPF after a session",
          request({
            blackouts: [{ from: "2027-02-22", to: "2027-02-24", reason: "ski trip", sun: true }],
          }),
          "sun-after-session",
          2,
        ],
      ] satisfies [string, PlanRequestInput, string, number][]
    ).map(([name, input, code, session]) => [name, code, session, input] as const),
  )("warns about %s: %s on session %i", (_name, code, session, input) => {
    const plan = planOf(input);
    expect(plan.warnings).toContainEqual(expect.objectContaining({ code, session }));
    expect(planOf(request()).warnings.map((w) => w.code)).not.toContain(code);
  });

  it("warns when blackouts leave no allowed day within two years", () => {
    const plan = planOf(
      request({
        preferredWeekdays: ["mon"],
        blackouts: [{ from: "2027-01-01", to: "2029-12-31" }],
      }),
    );
    expect(plan.schedule).toEqual([]);
    expect(plan.warnings.map((w) => w.code)).toContain("schedule-incomplete");
  });

  it("numbers sessions, names their weekday and counts the days since the previous one", () => {
    const plan = planOf(request({ preferredWeekdays: ["sat", "sun"] }));
    plan.schedule.forEach((session, index) => {
      expect(session.number).toBe(index + 1);
      expect(session.weekday).toBe(refWeekday(session.date));
      const previous = plan.schedule[index - 1];
      expect(session.daysSincePrevious).toBe(
        previous ? refDaysBetween(session.date, previous.date) : null,
      );
    });
  });
});
