import { describe, expect, it } from "vitest";
import { explain } from "./explain.js";
import type { PlanRequestInput } from "./request-schema.js";
import { planOf, request, type ConcernInput } from "../test/fixtures.js";

type PackId = "guideline" | "evidence";
const glow: ConcernInput = { concern: "glow", areas: ["cheeks"] };
const lines: ConcernInput = { concern: "fine-lines", areas: ["forehead"] };
const scars: ConcernInput = { concern: "acne-scars", severity: "moderate", areas: ["cheeks"] };
const marks: ConcernInput = { concern: "stretch-marks", areas: ["abdomen"] };

/** rules.md §11, by the concern that sets the series. */
const MAINTENANCE: readonly [
  PackId,
  string,
  ConcernInput[],
  { everyMonths: { min: number; max: number } | null; reassessAfterMonths: number | null },
][] = [
  ["guideline", "glow", [glow], { everyMonths: { min: 12, max: 24 }, reassessAfterMonths: null }],
  [
    "guideline",
    "fine-lines",
    [lines],
    { everyMonths: { min: 12, max: 24 }, reassessAfterMonths: null },
  ],
  [
    "guideline",
    "acne-scars",
    [scars],
    { everyMonths: { min: 12, max: 24 }, reassessAfterMonths: null },
  ],
  [
    "guideline",
    "stretch-marks",
    [marks],
    { everyMonths: { min: 12, max: 24 }, reassessAfterMonths: null },
  ],
  ["evidence", "glow", [glow], { everyMonths: { min: 6, max: 12 }, reassessAfterMonths: null }],
  [
    "evidence",
    "fine-lines",
    [lines],
    { everyMonths: { min: 6, max: 12 }, reassessAfterMonths: null },
  ],
  ["evidence", "acne-scars", [scars], { everyMonths: null, reassessAfterMonths: 6 }],
  ["evidence", "stretch-marks", [marks], { everyMonths: null, reassessAfterMonths: 6 }],
  [
    "evidence",
    "fine-lines with moderate scars (the scars set the series)",
    [lines, scars],
    { everyMonths: null, reassessAfterMonths: 6 },
  ],
];

describe("maintenance after the series (rules.md §11)", () => {
  it.each(MAINTENANCE.map(([p, name, c, expected]) => [p, name, expected, c] as const))(
    "%s: %s → %j",
    (rules, _name, expected, concerns) => {
      const plan = planOf(request({ rules, concerns }));
      expect(plan.maintenance).toMatchObject(expected);
      expect(plan.explanation.filter((line) => line.topic === "maintenance").length).toBe(1);
    },
  );

  it("a contraindicated plan has no maintenance", () => {
    expect(planOf(request({ health: { bleedingDisorder: true } })).maintenance).toBeNull();
  });
});

describe("the session itself (rules.md §8)", () => {
  it.each(["guideline", "evidence"] as const)(
    "%s: numbing 20–30 minutes, needling 30–60",
    (rules) => {
      const plan = planOf(request({ rules }));
      expect(plan.sessionDay.numbingMinutes).toEqual({ min: 20, max: 30 });
      expect(plan.sessionDay.needlingMinutes).toEqual({ min: 30, max: 60 });
    },
  );
});

describe("the explanation", () => {
  it("reads in topic order and covers every part of a scheduled plan", () => {
    const plan = planOf(request({ fitzpatrick: 5, lifestyle: { smoker: true } }));
    expect(explain(plan).map((group) => group.topic)).toEqual([
      "screening",
      "sessions",
      "interval",
      "depth",
      "safety",
      "schedule",
      "prep",
      "session-day",
      "aftercare",
      "milestones",
      "maintenance",
    ]);
    const unscreened = explain(planOf(request())).map((group) => group.topic);
    expect(unscreened[0]).toBe("sessions");
  });

  it.each([
    ["fitzpatrick-4-6", { fitzpatrick: 4 }],
    ["reactive-skin", { sensitivity: "reactive" }],
    ["sensitive-skin", { sensitivity: "sensitive" }],
    ["age-40-plus", { age: 47 }],
    ["smoking", { lifestyle: { smoker: true } }],
    ["frequent-sun", { lifestyle: { frequentSun: true } }],
    ["no-daily-sunscreen", { lifestyle: { dailySunscreen: false } }],
  ] satisfies [string, Partial<PlanRequestInput>][])(
    "names the factor %s when it applies, and only then",
    (code, answers) => {
      expect(planOf(request(answers)).explanation.map((line) => line.rule)).toContain(
        `factors.${code}`,
      );
      expect(planOf(request()).explanation.map((line) => line.rule)).not.toContain(
        `factors.${code}`,
      );
    },
  );

  it.each([
    ["frequent-sun", { lifestyle: { frequentSun: true } }],
    ["no-daily-sunscreen", { lifestyle: { dailySunscreen: false } }],
    ["fitzpatrick-4-6", { fitzpatrick: 6 }],
  ] satisfies [string, Partial<PlanRequestInput>][])(
    "warns with the factor %s",
    (code, answers) => {
      expect(planOf(request(answers)).warnings.map((w) => w.code)).toContain(code);
    },
  );

  it.each([
    ["sessions.fine-lines", "guideline", [lines]],
    ["sessions.stretch-marks", "evidence", [marks]],
    ["interval.window", "guideline", [glow]],
    ["interval.window", "evidence", [glow]],
    ["aftercare.no-sweating", "guideline", [glow]],
    ["aftercare.no-actives", "evidence", [glow]],
  ] satisfies [string, PackId, ConcernInput[]][])(
    "where the packs disagree (%s in %s) the line carries an evidence note",
    (rule, rules, concerns) => {
      const line = planOf(request({ rules, concerns })).explanation.find((l) => l.rule === rule);
      expect(line?.evidenceNote?.length ?? 0).toBeGreaterThan(0);
    },
  );

  it("states the minimum spacing and why", () => {
    const deep = planOf(request()).explanation.find((line) => line.rule === "safety.min-spacing");
    expect(deep?.topic).toBe("safety");
    expect(deep?.effect).toContain("28");
    const home = planOf(request({ setting: "home" })).explanation.find(
      (line) => line.rule === "safety.min-spacing",
    );
    expect(home?.effect).toContain("28");
  });
});

describe("the plan's frame", () => {
  it("gives hygiene rules only at home", () => {
    expect(planOf(request({ setting: "home" })).homeHygiene.length).toBe(4);
    expect(planOf(request()).homeHygiene).toEqual([]);
  });

  it("ids differ by pack and by request, and repeat for the same request", () => {
    const ids = [
      planOf(request()).id,
      planOf(request({ rules: "evidence" })).id,
      planOf(request({ age: 31 })).id,
    ];
    expect(new Set(ids).size).toBe(3);
    expect(planOf(request()).id).toBe(ids[0]);
    expect(ids.every((id) => /^[0-9a-f]{16}$/.test(id))).toBe(true);
  });

  it("carries the time zone and setting it was asked for", () => {
    const plan = planOf(request({ timeZone: "Pacific/Chatham", setting: "home" }));
    expect(plan.timeZone).toBe("Pacific/Chatham");
    expect(plan.setting).toBe("home");
  });
});
