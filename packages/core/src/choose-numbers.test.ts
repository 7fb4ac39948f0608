import { describe, expect, it } from "vitest";
import type { PlanRequestInput } from "./request-schema.js";
import { planOf, request, type ConcernInput, type LifestyleInput } from "../test/fixtures.js";

type PackId = "guideline" | "evidence";
const acne = (
  severity: "mild" | "moderate" | "deep",
  areas: ConcernInput["areas"] = ["cheeks"],
): ConcernInput => ({
  concern: "acne-scars",
  severity,
  areas,
});

/** rules.md §2: the range for each concern, severity and body area, in each pack; age 30, no factors. */
const SESSION_ROWS: readonly [PackId, string, ConcernInput[], number, number, boolean][] = [
  ["guideline", "glow", [{ concern: "glow", areas: ["cheeks"] }], 2, 3, false],
  ["evidence", "glow", [{ concern: "glow", areas: ["cheeks"] }], 2, 3, false],
  ["guideline", "fine-lines", [{ concern: "fine-lines", areas: ["forehead"] }], 3, 5, false],
  ["evidence", "fine-lines", [{ concern: "fine-lines", areas: ["forehead"] }], 3, 4, false],
  ["guideline", "acne-scars mild", [acne("mild")], 3, 4, false],
  ["evidence", "acne-scars mild", [acne("mild")], 3, 3, false],
  ["guideline", "acne-scars moderate", [acne("moderate")], 4, 6, false],
  ["evidence", "acne-scars moderate", [acne("moderate")], 4, 6, false],
  ["guideline", "acne-scars deep", [acne("deep")], 6, 8, true],
  ["evidence", "acne-scars deep", [acne("deep")], 4, 6, true],
  [
    "guideline",
    "Goodman–Baron 2 (mild)",
    [{ concern: "acne-scars", goodmanBaron: 2, areas: ["cheeks"] }],
    3,
    4,
    false,
  ],
  [
    "evidence",
    "Goodman–Baron 2 (mild)",
    [{ concern: "acne-scars", goodmanBaron: 2, areas: ["cheeks"] }],
    3,
    3,
    false,
  ],
  [
    "guideline",
    "Goodman–Baron 3 (moderate)",
    [{ concern: "acne-scars", goodmanBaron: 3, areas: ["cheeks"] }],
    4,
    6,
    false,
  ],
  [
    "evidence",
    "Goodman–Baron 3 (moderate)",
    [{ concern: "acne-scars", goodmanBaron: 3, areas: ["cheeks"] }],
    4,
    6,
    false,
  ],
  [
    "guideline",
    "Goodman–Baron 4 (deep)",
    [{ concern: "acne-scars", goodmanBaron: 4, areas: ["cheeks"] }],
    6,
    8,
    true,
  ],
  [
    "evidence",
    "Goodman–Baron 4 (deep)",
    [{ concern: "acne-scars", goodmanBaron: 4, areas: ["cheeks"] }],
    4,
    6,
    true,
  ],
  ["guideline", "stretch-marks", [{ concern: "stretch-marks", areas: ["abdomen"] }], 6, 8, true],
  ["evidence", "stretch-marks", [{ concern: "stretch-marks", areas: ["abdomen"] }], 3, 5, true],
  [
    "guideline",
    "stretch-marks on the breasts (red)",
    [{ concern: "stretch-marks", stage: "red", areas: ["breasts"] }],
    6,
    8,
    true,
  ],
  [
    "guideline",
    "glow on the back (a body area)",
    [{ concern: "glow", areas: ["back"] }],
    6,
    8,
    true,
  ],
  [
    "evidence",
    "glow on the back (a body area)",
    [{ concern: "glow", areas: ["back"] }],
    3,
    5,
    true,
  ],
  ["guideline", "fine-lines on the arms", [{ concern: "fine-lines", areas: ["arms"] }], 6, 8, true],
  ["evidence", "fine-lines on the arms", [{ concern: "fine-lines", areas: ["arms"] }], 3, 5, true],
  ["guideline", "mild acne scars on the back", [acne("mild", ["back"])], 6, 8, true],
  ["evidence", "deep acne scars on the back", [acne("deep", ["back"])], 4, 6, true],
  [
    "guideline",
    "glow on the neck, décolletage and hands (not body areas)",
    [{ concern: "glow", areas: ["neck", "decolletage", "hands"] }],
    2,
    3,
    false,
  ],
  [
    "guideline",
    "glow + mild scars: the scars set the count",
    [{ concern: "glow", areas: ["cheeks"] }, acne("mild")],
    3,
    4,
    false,
  ],
  [
    "guideline",
    "mild scars + fine-lines: fine-lines set the count",
    [acne("mild"), { concern: "fine-lines", areas: ["forehead"] }],
    3,
    5,
    false,
  ],
  [
    "evidence",
    "mild scars + fine-lines: fine-lines set the count",
    [acne("mild"), { concern: "fine-lines", areas: ["forehead"] }],
    3,
    4,
    false,
  ],
  [
    "guideline",
    "glow on the face + stretch marks on the thighs",
    [
      { concern: "glow", areas: ["cheeks"] },
      { concern: "stretch-marks", areas: ["thighs"] },
    ],
    6,
    8,
    true,
  ],
];

describe("sessions: the range for each concern, severity and area (rules.md §2)", () => {
  it.each(SESSION_ROWS.map(([p, name, c, min, max, r]) => [p, name, min, max, r, c] as const))(
    "%s: %s → %i–%i, reassess at the top: %s",
    (rules, _name, min, max, reassessAtMax, concerns) => {
      const plan = planOf(request({ rules, concerns }));
      expect(plan.sessions).toMatchObject({ min, max, recommended: min });
      expect(plan.schedule).toHaveLength(min);
      // Age bands add exactly enough sessions to reach the top without passing it (widths are 0–2).
      const age = [30, 40, 55][max - min] ?? 0;
      expect(age).toBeGreaterThan(0);
      const top = planOf(request({ rules, concerns, age }));
      expect(top.sessions).toMatchObject({ recommended: max, reassessAfterSeries: reassessAtMax });
      expect(top.warnings.some((w) => w.code === "reassess")).toBe(reassessAtMax);
    },
  );

  it.each([
    ["guideline", [acne("mild"), { concern: "fine-lines", areas: ["forehead"] }], "fine-lines"],
    ["guideline", [{ concern: "glow", areas: ["cheeks"] }, acne("deep")], "acne-scars"],
    ["evidence", [acne("deep"), { concern: "stretch-marks", areas: ["thighs"] }], "acne-scars"],
    ["guideline", [{ concern: "glow", areas: ["abdomen"] }], "glow"],
  ] satisfies [PackId, ConcernInput[], string][])(
    "%s: %j — the count is set by %s",
    (rules, concerns, setBy) => {
      expect(planOf(request({ rules, concerns })).sessions?.setBy).toBe(setBy);
    },
  );
});

/** rules.md §4 on moderate acne scars (4–6 in both packs) and glow (2–3): the recommended count. */
const FACTOR_ROWS: readonly [string, Partial<PlanRequestInput>, number, number][] = [
  ["no factor, age 30", {}, 4, 2],
  ["age 25 (under 30 stays low)", { age: 25 }, 4, 2],
  ["age 39", { age: 39 }, 4, 2],
  ["age 40", { age: 40 }, 5, 3],
  ["age 54", { age: 54 }, 5, 3],
  ["age 55", { age: 55 }, 6, 3],
  ["age 90", { age: 90 }, 6, 3],
  ["sensitive skin (interval only)", { sensitivity: "sensitive" }, 4, 2],
  ["reactive skin", { sensitivity: "reactive" }, 5, 3],
  ["Fitzpatrick VI (same count)", { fitzpatrick: 6 }, 4, 2],
  ["smoker", { lifestyle: { smoker: true } }, 5, 3],
  ["frequent sun", { lifestyle: { frequentSun: true } }, 5, 3],
  ["aftercare not followed", { lifestyle: { followsAftercare: false } }, 5, 3],
  ["irregular routine", { lifestyle: { regularRoutine: false } }, 5, 3],
  ["no daily sunscreen (no numeric effect)", { lifestyle: { dailySunscreen: false } }, 4, 2],
  [
    "smoker and frequent sun: four becomes six",
    { lifestyle: { smoker: true, frequentSun: true } },
    6,
    3,
  ],
  [
    "every slowing factor: capped at the top",
    {
      age: 60,
      sensitivity: "reactive",
      lifestyle: {
        smoker: true,
        frequentSun: true,
        followsAftercare: false,
        regularRoutine: false,
      },
    },
    6,
    3,
  ],
];

describe("sessions: factors move the recommended count up within the range (rules.md §4)", () => {
  it.each(
    (["guideline", "evidence"] as const).flatMap((rules) =>
      FACTOR_ROWS.map(
        ([name, answers, scars, glow]) => [rules, name, scars, glow, answers] as const,
      ),
    ),
  )("%s: %s → %i for moderate scars, %i for glow", (rules, _name, scars, glow, answers) => {
    const scarPlan = planOf(request({ ...answers, rules, concerns: [acne("moderate")] }));
    const glowPlan = planOf(request({ ...answers, rules }));
    expect(scarPlan.sessions?.recommended).toBe(scars);
    expect(glowPlan.sessions?.recommended).toBe(glow);
    expect(scarPlan.schedule).toHaveLength(scars);
  });

  it.each([
    [
      "glow, smoker and frequent sun (2 + 2 > 3)",
      request({ lifestyle: { smoker: true, frequentSun: true } }),
      3,
    ],
    [
      "evidence mild scars, any added session (3 + 1 > 3)",
      request({ rules: "evidence", concerns: [acne("mild")], age: 45 }),
      3,
    ],
  ] as const)(
    "when factors push past the top (%s) the plan stays at the top and says to reassess",
    (_name, input, top) => {
      const plan = planOf(input);
      expect(plan.sessions?.recommended).toBe(top);
      expect(plan.sessions?.max).toBe(top);
      expect(plan.sessions?.reassessAfterSeries).toBe(true);
      expect(plan.warnings.map((w) => w.code)).toContain("reassess");
    },
  );

  it("at the top of a range without a reassessment row, and not capped, there is no reassess warning", () => {
    const plan = planOf(request({ concerns: [acne("mild")], age: 45 }));
    expect(plan.sessions).toMatchObject({
      min: 3,
      max: 4,
      recommended: 4,
      reassessAfterSeries: false,
    });
    expect(plan.warnings.map((w) => w.code)).not.toContain("reassess");
  });

  it("deep scars reaching the top of the range: reassess after the series", () => {
    const plan = planOf(request({ concerns: [acne("deep")], age: 60 }));
    expect(plan.sessions).toMatchObject({
      min: 6,
      max: 8,
      recommended: 8,
      reassessAfterSeries: true,
    });
    expect(plan.warnings.map((w) => w.code)).toContain("reassess");
  });
});

type Interval = { min: number; max: number; recommended: number };
/** rules.md §3: the window and default, and the longer interval for sensitive, reactive and darker skin. */
const INTERVAL_ROWS: readonly [PackId, string, Partial<PlanRequestInput>, Interval, number][] = [
  ["guideline", "default", {}, { min: 4, max: 6, recommended: 6 }, 28],
  ["evidence", "default", {}, { min: 4, max: 6, recommended: 4 }, 28],
  ["guideline", "sensitive", { sensitivity: "sensitive" }, { min: 6, max: 8, recommended: 8 }, 42],
  ["evidence", "sensitive", { sensitivity: "sensitive" }, { min: 4, max: 6, recommended: 6 }, 28],
  ["guideline", "reactive", { sensitivity: "reactive" }, { min: 6, max: 8, recommended: 8 }, 42],
  ["evidence", "reactive", { sensitivity: "reactive" }, { min: 4, max: 6, recommended: 6 }, 28],
  ["guideline", "Fitzpatrick III", { fitzpatrick: 3 }, { min: 4, max: 6, recommended: 6 }, 28],
  ["guideline", "Fitzpatrick IV", { fitzpatrick: 4 }, { min: 6, max: 8, recommended: 8 }, 42],
  ["evidence", "Fitzpatrick IV", { fitzpatrick: 4 }, { min: 4, max: 6, recommended: 6 }, 28],
  [
    "guideline",
    "Fitzpatrick VI and reactive",
    { fitzpatrick: 6, sensitivity: "reactive" },
    { min: 6, max: 8, recommended: 8 },
    42,
  ],
  [
    "evidence",
    "Fitzpatrick V and sensitive",
    { fitzpatrick: 5, sensitivity: "sensitive" },
    { min: 4, max: 6, recommended: 6 },
    28,
  ],
  [
    "guideline",
    "smoker (no effect on the interval)",
    { lifestyle: { smoker: true } },
    { min: 4, max: 6, recommended: 6 },
    28,
  ],
  [
    "evidence",
    "age 60 (no effect on the interval)",
    { age: 60 },
    { min: 4, max: 6, recommended: 4 },
    28,
  ],
];

describe("a factor is explained under every number it moves", () => {
  it("reactive skin: a line each under sessions, interval and depth", () => {
    const plan = planOf(request({ sensitivity: "reactive", concerns: [acne("moderate")] }));
    const topics = plan.explanation
      .filter(
        (line) => line.rule === "factors.reactive-skin" || line.rule === "factors.sensitive-skin",
      )
      .map((line) => [line.rule, line.topic]);
    expect(topics).toEqual([
      ["factors.sensitive-skin", "interval"],
      ["factors.reactive-skin", "sessions"],
      ["factors.reactive-skin", "depth"],
    ]);
  });
});

describe("interval: window, default and factor adjustments (rules.md §3, §4)", () => {
  it.each(
    INTERVAL_ROWS.map(([p, name, a, interval, days]) => [p, name, interval, days, a] as const),
  )("%s: %s → %j, never under %i days", (rules, _name, interval, minDays, answers) => {
    const plan = planOf(request({ ...answers, rules, concerns: [acne("moderate")] }));
    expect(plan.intervalWeeks).toEqual(interval);
    expect(plan.minDaysBetweenSessions).toBe(minDays);
    const days = plan.schedule.slice(1).map((session) => session.daysSincePrevious);
    // With no weekday or blackout constraint every session falls exactly on the recommended interval.
    expect(days).toEqual(days.map(() => interval.recommended * 7));
  });

  it.each([
    [
      "guideline",
      "neck only (0.25–0.75 mm)",
      { concerns: [{ concern: "glow", areas: ["neck"] }] as ConcernInput[] },
      28,
    ],
    ["guideline", "at home, 0.25–0.3 mm", { setting: "home" as const }, 28],
    [
      "guideline",
      "at home with the 0.5 mm opt-in",
      { setting: "home" as const, homeDepthOptIn: true },
      28,
    ],
  ] as const)("%s: %s %j → never under %i days", (rules, _name, answers, minDays) => {
    const plan = planOf(request({ ...answers, rules }));
    expect(plan.minDaysBetweenSessions).toBe(minDays);
  });
});

describe("lifestyle that helps keeps the plan at the low end", () => {
  it.each([
    [{ dailySunscreen: true, followsAftercare: true, regularRoutine: true }, 4],
    [{}, 4],
  ] satisfies [LifestyleInput, number][])(
    "%j → %i sessions for moderate scars",
    (lifestyle, count) => {
      const plan = planOf(request({ lifestyle, concerns: [acne("moderate")] }));
      expect(plan.sessions?.recommended).toBe(count);
      expect(plan.explanation.map((line) => line.rule)).toContain("factors.healthy-routine");
    },
  );
});
