import { describe, expect, it } from "vitest";
import { addDuration } from "./build-session-care.js";
import type { PlanRequestInput } from "./request-schema.js";
import type { Setting } from "./vocabulary.js";
import { planOf, refAddDays, refAddMonths, request } from "../test/fixtures.js";

type PackId = "guideline" | "evidence";
const PACK_SETTINGS = (["guideline", "evidence"] as const).flatMap((rules) =>
  (["clinic", "home"] as const).map((setting) => [rules, setting] as const),
);

/** rules.md §7: each step, how many days before the session, and whether it gets a reminder. */
const PREP: readonly [code: string, daysBefore: number, remind: boolean, only?: Setting][] = [
  ["no-tanning", 14, true],
  ["no-waxing", 7, true],
  ["stop-retinoids", 5, true],
  ["no-direct-sun", 1, false],
  ["clean-skin", 0, false],
  ["clean-device", 0, false, "home"],
];

describe("prep before each session (rules.md §7)", () => {
  it.each(PACK_SETTINGS)("%s (%s): every step dated back from every session", (rules, setting) => {
    const plan = planOf(request({ rules, setting, startDate: "2027-03-01" }));
    const expected = PREP.filter(([, , , only]) => only === undefined || only === setting);
    expect(plan.schedule.length).toBeGreaterThan(1);
    for (const session of plan.schedule) {
      expect(session.prep.map(({ code, date, remind }) => [code, date, remind])).toEqual(
        expected.map(([code, days, remind]) => [code, refAddDays(session.date, -days), remind]),
      );
    }
  });

  it.each(PREP.filter(([, , , only]) => only === undefined))(
    "%s: %i days before in both packs",
    (code, daysBefore) => {
      for (const rules of ["guideline", "evidence"] as const) {
        const session = planOf(request({ rules })).schedule[0];
        const step = session?.prep.find((item) => item.code === code);
        expect(step?.date).toBe(refAddDays(session?.date ?? "", -daysBefore));
      }
    },
  );

  it("warns when today leaves too little notice for the first session's prep", () => {
    const close = planOf(request({ today: "2027-01-01", startDate: "2027-01-04" }));
    expect(close.warnings).toContainEqual(
      expect.objectContaining({ code: "prep-short-notice", session: 1 }),
    );
    const ample = planOf(request({ today: "2026-12-01", startDate: "2027-01-04" }));
    expect(ample.warnings.map((w) => w.code)).not.toContain("prep-short-notice");
    const noToday = planOf(request({ startDate: "2027-01-04" }));
    expect(noToday.warnings.map((w) => w.code)).not.toContain("prep-short-notice");
  });
});

/** rules.md §9: each aftercare phase as days after the session (day 0 = the session day). */
const AFTERCARE: Record<PackId, readonly [code: string, from: number, to: number, kind: string][]> =
  {
    guideline: [
      ["expect-redness", 0, 2, "expect"],
      ["gentle-care", 0, 2, "do"],
      ["no-makeup", 0, 1, "avoid"],
      ["no-sweating", 0, 2, "avoid"],
      ["no-sun", 0, 3, "avoid"],
      ["no-actives", 0, 2, "avoid"],
      ["no-unsuitable-serums", 0, 2, "avoid"],
      ["daily-spf", 3, 14, "do"],
      ["expect-flaking", 3, 5, "expect"],
      ["no-scrubbing", 3, 5, "avoid"],
      ["expect-scabs-settle", 7, 10, "expect"],
      ["expect-remodelling", 7, 28, "expect"],
    ],
    evidence: [
      ["expect-redness", 0, 2, "expect"],
      ["gentle-care", 0, 2, "do"],
      ["no-makeup", 0, 1, "avoid"],
      ["no-sweating", 0, 3, "avoid"],
      ["no-sun", 0, 3, "avoid"],
      ["no-actives", 0, 7, "avoid"],
      ["no-unsuitable-serums", 0, 2, "avoid"],
      ["daily-spf", 3, 14, "do"],
      ["expect-flaking", 3, 5, "expect"],
      ["no-scrubbing", 3, 5, "avoid"],
      ["expect-scabs-settle", 7, 10, "expect"],
      ["expect-remodelling", 7, 28, "expect"],
    ],
  };

describe("aftercare phases after each session (rules.md §9)", () => {
  it.each(
    (["guideline", "evidence"] as const).flatMap((rules) =>
      AFTERCARE[rules].map((row) => [rules, ...row] as const),
    ),
  )("%s: %s from day %i to day %i (%s)", (rules, code, from, to, kind) => {
    const plan = planOf(request({ rules }));
    for (const session of plan.schedule) {
      const matching = session.aftercare.filter((step) => step.code === code);
      expect(matching).toEqual([
        expect.objectContaining({
          from: refAddDays(session.date, from),
          to: refAddDays(session.date, to),
          kind,
        }),
      ]);
    }
  });

  it.each(PACK_SETTINGS)(
    "%s (%s): exactly the pack's phases, plus cleaning the device at home",
    (rules, setting) => {
      const session = planOf(request({ rules, setting })).schedule[0];
      const codes = session?.aftercare.map((step) => step.code).sort();
      const expected = AFTERCARE[rules].map(([code]) => code);
      if (setting === "home") expected.push("clean-device-after");
      expect(codes).toEqual(expected.sort());
    },
  );

  it("guideline and evidence differ on sweating (48 h vs 72 h) and actives (48 h vs 7 days)", () => {
    const span = (rules: PackId, code: string): number => {
      const session = planOf(request({ rules })).schedule[0];
      const step = session?.aftercare.find((item) => item.code === code);
      return step
        ? (Date.parse(step.to) - Date.parse(session?.date ?? "")) / 86_400_000
        : Number.NaN;
    };
    expect([span("guideline", "no-sweating"), span("evidence", "no-sweating")]).toEqual([2, 3]);
    expect([span("guideline", "no-actives"), span("evidence", "no-actives")]).toEqual([2, 7]);
  });
});

describe("milestones: when results show (rules.md §10)", () => {
  const scars: PlanRequestInput["concerns"] = [
    { concern: "acne-scars", severity: "moderate", areas: ["cheeks"] },
  ];

  it("guideline: brighter 1 week and smoother 3 weeks after the first session; deeper change over the series", () => {
    const plan = planOf(request({ concerns: scars }));
    const first = plan.schedule[0]?.date ?? "";
    const last = plan.schedule.at(-1)?.date ?? "";
    expect(
      plan.milestones.map(({ code, after, anchor, date }) => [code, after, anchor, date]),
    ).toEqual([
      ["brighter", "P1W", "first-session", refAddDays(first, 7)],
      ["smoother", "P3W", "first-session", refAddDays(first, 21)],
      ["deeper-change", "P0D", "last-session", last],
    ]);
  });

  it("evidence: early glow at 1 week, first measurable change 1 month and lasting change 6 months after the series", () => {
    const plan = planOf(request({ rules: "evidence", concerns: scars }));
    const first = plan.schedule[0]?.date ?? "";
    const last = plan.schedule.at(-1)?.date ?? "";
    expect(
      plan.milestones.map(({ code, after, anchor, date }) => [code, after, anchor, date]),
    ).toEqual([
      ["brighter", "P1W", "first-session", refAddDays(first, 7)],
      ["smoother", "P1M", "last-session", refAddMonths(last, 1)],
      ["deeper-change", "P6M", "last-session", refAddMonths(last, 6)],
    ]);
  });

  it.each(["guideline", "evidence"] as const)(
    "%s: a plan with no schedule has undated milestones",
    (rules) => {
      const plan = planOf(request({ rules, health: { keloids: true } }));
      expect(plan.schedule).toEqual([]);
      expect(plan.milestones.length).toBe(3);
      expect(plan.milestones.every((milestone) => milestone.date === null)).toBe(true);
    },
  );

  it.each([
    ["2027-01-31", "P1M", "2027-02-28"],
    ["2027-08-31", "P6M", "2028-02-29"],
    ["2027-01-04", "P2W", "2027-01-18"],
    ["2027-01-04", "P10D", "2027-01-14"],
    ["2027-01-04", "P0D", "2027-01-04"],
  ])("addDuration(%s, %s) = %s", (date, duration, expected) => {
    expect(addDuration(date, duration)).toBe(expected);
  });
});
