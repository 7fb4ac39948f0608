import { describe, expect, it } from "vitest";
import { lowerDepth } from "./choose-depth.js";
import { GUIDELINE_PACK } from "./packs/guideline.js";
import type { PlanRequestInput } from "./request-schema.js";
import type { Area, Concern } from "./vocabulary.js";
import { planOf, request } from "../test/fixtures.js";

type Mm = { min: number; max: number };

function concernFor(concern: Concern, area: Area): PlanRequestInput["concerns"][number] {
  return concern === "acne-scars"
    ? { concern, severity: "moderate", areas: [area] }
    : { concern, areas: [area] };
}

/** rules.md §5, clinic depth by area and concern (the same in both packs). */
const CLINIC_ROWS: readonly [Area, Concern, Mm][] = [
  ["periorbital", "glow", { min: 0.25, max: 0.5 }],
  ["periorbital", "fine-lines", { min: 0.25, max: 0.5 }],
  ["forehead", "fine-lines", { min: 0.5, max: 1.0 }],
  ["perioral", "fine-lines", { min: 0.5, max: 1.0 }],
  ["nose", "glow", { min: 0.5, max: 1.0 }],
  ["forehead", "acne-scars", { min: 0.5, max: 1.0 }],
  ["cheeks", "glow", { min: 0.5, max: 1.5 }],
  ["cheeks", "fine-lines", { min: 0.5, max: 1.5 }],
  ["chin", "glow", { min: 0.5, max: 1.5 }],
  ["jawline", "fine-lines", { min: 0.5, max: 1.5 }],
  ["cheeks", "acne-scars", { min: 1.0, max: 1.5 }],
  ["neck", "fine-lines", { min: 0.25, max: 0.75 }],
  ["decolletage", "glow", { min: 0.25, max: 0.75 }],
  ["hands", "glow", { min: 0.25, max: 0.5 }],
  ["abdomen", "stretch-marks", { min: 1.5, max: 2.0 }],
  ["thighs", "stretch-marks", { min: 1.5, max: 2.0 }],
  ["hips", "stretch-marks", { min: 1.5, max: 2.0 }],
  ["buttocks", "stretch-marks", { min: 1.5, max: 2.0 }],
  ["arms", "stretch-marks", { min: 1.5, max: 2.0 }],
  ["back", "acne-scars", { min: 1.5, max: 2.0 }],
  ["breasts", "stretch-marks", { min: 1.5, max: 2.0 }],
  ["abdomen", "glow", { min: 1.5, max: 2.0 }],
];

describe("depth in clinic, by area and concern (rules.md §5)", () => {
  it.each(
    (["guideline", "evidence"] as const).flatMap((rules) =>
      CLINIC_ROWS.map((row) => [rules, ...row] as const),
    ),
  )("%s: %s for %s → %j every session", (rules, area, concern, depth) => {
    const plan = planOf(request({ rules, concerns: [concernFor(concern, area)] }));
    expect(plan.schedule.length).toBeGreaterThan(0);
    for (const session of plan.schedule) {
      expect(session.depthMm).toEqual(depth);
      expect(session.depthByArea).toEqual([
        expect.objectContaining({ area, concern, depthMm: depth }),
      ]);
    }
  });

  it("gives each treated area its own depth, the main concern's first area as the plan's depth", () => {
    const plan = planOf(
      request({
        concerns: [
          { concern: "glow", areas: ["neck", "periorbital"] },
          { concern: "acne-scars", severity: "moderate", areas: ["cheeks", "forehead"] },
        ],
      }),
    );
    const session = plan.schedule[1];
    expect(session?.depthMm).toEqual({ min: 1.0, max: 1.5 });
    expect(
      session?.depthByArea.map(({ area, concern, depthMm, rule }) => [
        area,
        concern,
        depthMm.min,
        depthMm.max,
        rule,
      ]),
    ).toEqual([
      ["cheeks", "acne-scars", 1.0, 1.5, "depth.cheeks-acne-scars"],
      ["forehead", "acne-scars", 0.5, 1.0, "depth.forehead-perioral-nose"],
      ["neck", "glow", 0.25, 0.75, "depth.neck-decolletage"],
      ["periorbital", "glow", 0.25, 0.5, "depth.periorbital"],
    ]);
  });
});

/** rules.md §5: Fitzpatrick IV–VI and reactive skin start one step (0.25 mm) lower, never below 0.25 mm. */
const FIRST_SESSION_ROWS: readonly [string, Partial<PlanRequestInput>, Area, Concern, Mm, Mm][] = [
  [
    "Fitzpatrick IV",
    { fitzpatrick: 4 },
    "cheeks",
    "acne-scars",
    { min: 0.75, max: 1.25 },
    { min: 1.0, max: 1.5 },
  ],
  [
    "Fitzpatrick VI",
    { fitzpatrick: 6 },
    "abdomen",
    "stretch-marks",
    { min: 1.25, max: 1.75 },
    { min: 1.5, max: 2.0 },
  ],
  [
    "reactive skin",
    { sensitivity: "reactive" },
    "forehead",
    "fine-lines",
    { min: 0.25, max: 0.75 },
    { min: 0.5, max: 1.0 },
  ],
  [
    "Fitzpatrick V and reactive: still one step",
    { fitzpatrick: 5, sensitivity: "reactive" },
    "cheeks",
    "glow",
    { min: 0.25, max: 1.25 },
    { min: 0.5, max: 1.5 },
  ],
  [
    "Fitzpatrick IV on the neck",
    { fitzpatrick: 4 },
    "neck",
    "glow",
    { min: 0.25, max: 0.5 },
    { min: 0.25, max: 0.75 },
  ],
  [
    "Fitzpatrick IV around the eyes: the floor",
    { fitzpatrick: 4 },
    "periorbital",
    "glow",
    { min: 0.25, max: 0.25 },
    { min: 0.25, max: 0.5 },
  ],
  [
    "Fitzpatrick III: no change",
    { fitzpatrick: 3 },
    "cheeks",
    "acne-scars",
    { min: 1.0, max: 1.5 },
    { min: 1.0, max: 1.5 },
  ],
  [
    "sensitive skin: no change",
    { sensitivity: "sensitive" },
    "cheeks",
    "acne-scars",
    { min: 1.0, max: 1.5 },
    { min: 1.0, max: 1.5 },
  ],
];

describe("the first session one step lower (rules.md §5)", () => {
  it.each(
    (["guideline", "evidence"] as const).flatMap((rules) =>
      FIRST_SESSION_ROWS.map(
        ([name, a, area, c, first, later]) => [rules, name, area, c, first, later, a] as const,
      ),
    ),
  )(
    "%s: %s, %s for %s → first %j, then %j",
    (rules, _name, area, concern, first, later, answers) => {
      const plan = planOf(request({ ...answers, rules, concerns: [concernFor(concern, area)] }));
      const [one, ...rest] = plan.schedule;
      expect(one?.depthMm).toEqual(first);
      expect(one?.depthByArea[0]?.depthMm).toEqual(first);
      expect(rest.length).toBeGreaterThan(0);
      for (const session of rest) expect(session.depthMm).toEqual(later);
    },
  );

  it.each([
    [{ min: 1.0, max: 1.5 }, 0, { min: 1.0, max: 1.5 }],
    [{ min: 1.0, max: 1.5 }, 1, { min: 0.75, max: 1.25 }],
    [{ min: 1.0, max: 1.5 }, 2, { min: 0.5, max: 1.0 }],
    [{ min: 0.5, max: 1.0 }, 4, { min: 0.25, max: 0.25 }],
    [{ min: 0.25, max: 0.3 }, 1, { min: 0.25, max: 0.25 }],
  ])("lowerDepth(%j, %i steps of 0.25 mm) = %j", (depth, steps, expected) => {
    expect(lowerDepth(depth, steps, GUIDELINE_PACK)).toEqual(expected);
  });
});

/** rules.md §5 at home: 0.25 mm by default (0.3 allowed), 0.5 mm only with the opt-in, never deeper. */
const HOME_ROWS: readonly [string, Partial<PlanRequestInput>, Area, Concern, Mm, Mm][] = [
  ["glow on the cheeks", {}, "cheeks", "glow", { min: 0.25, max: 0.3 }, { min: 0.25, max: 0.3 }],
  [
    "fine lines on the forehead",
    {},
    "forehead",
    "fine-lines",
    { min: 0.25, max: 0.3 },
    { min: 0.25, max: 0.3 },
  ],
  ["glow on the neck", {}, "neck", "glow", { min: 0.25, max: 0.3 }, { min: 0.25, max: 0.3 }],
  ["glow on the hands", {}, "hands", "glow", { min: 0.25, max: 0.3 }, { min: 0.25, max: 0.3 }],
  [
    "opt-in: glow on the cheeks",
    { homeDepthOptIn: true },
    "cheeks",
    "glow",
    { min: 0.25, max: 0.5 },
    { min: 0.25, max: 0.5 },
  ],
  [
    "opt-in: around the eyes",
    { homeDepthOptIn: true },
    "periorbital",
    "fine-lines",
    { min: 0.25, max: 0.5 },
    { min: 0.25, max: 0.5 },
  ],
  [
    "opt-in: neck",
    { homeDepthOptIn: true },
    "neck",
    "glow",
    { min: 0.25, max: 0.5 },
    { min: 0.25, max: 0.5 },
  ],
  [
    "Fitzpatrick V",
    { fitzpatrick: 5 },
    "cheeks",
    "glow",
    { min: 0.25, max: 0.25 },
    { min: 0.25, max: 0.3 },
  ],
  [
    "opt-in, reactive skin",
    { homeDepthOptIn: true, sensitivity: "reactive" },
    "chin",
    "glow",
    { min: 0.25, max: 0.25 },
    { min: 0.25, max: 0.5 },
  ],
];

describe("depth at home (rules.md §5)", () => {
  it.each(
    (["guideline", "evidence"] as const).flatMap((rules) =>
      HOME_ROWS.map(
        ([name, a, area, c, first, later]) => [rules, name, first, later, a, area, c] as const,
      ),
    ),
  )("%s: %s → first %j, then %j", (rules, _name, first, later, answers, area, concern) => {
    const plan = planOf(
      request({ ...answers, rules, setting: "home", concerns: [concernFor(concern, area)] }),
    );
    expect(plan.status === "ok" || plan.status === "caution").toBe(true);
    const [one, ...rest] = plan.schedule;
    expect(one?.depthMm).toEqual(first);
    expect(rest.length).toBeGreaterThan(0);
    for (const session of rest) {
      expect(session.depthMm).toEqual(later);
      expect(session.depthByArea[0]?.rule).toBe("home.home");
    }
    const optIn = answers.homeDepthOptIn === true;
    expect(plan.warnings.some((warning) => warning.code === "home-depth-opt-in")).toBe(optIn);
    expect(plan.homeHygiene.length).toBeGreaterThan(0);
  });

  it.each([
    ["acne scars", { concern: "acne-scars", severity: "mild", areas: ["cheeks"] }],
    ["stretch marks", { concern: "stretch-marks", areas: ["hips"] }],
    ["glow on a body area", { concern: "glow", areas: ["abdomen"] }],
    ["fine lines on the arms", { concern: "fine-lines", areas: ["arms"] }],
  ] satisfies [string, PlanRequestInput["concerns"][number]][])(
    "%s at home: refer (home-not-suitable), no schedule, even with the opt-in",
    (_name, concern) => {
      for (const homeDepthOptIn of [false, true]) {
        const plan = planOf(request({ setting: "home", homeDepthOptIn, concerns: [concern] }));
        expect(plan.status).toBe("refer");
        expect(plan.screening.map((item) => item.code)).toContain("home-not-suitable");
        expect(plan.schedule).toEqual([]);
      }
    },
  );

  it("the opt-in changes nothing in clinic", () => {
    const plain = planOf(request({ concerns: [{ concern: "glow", areas: ["cheeks"] }] }));
    const optIn = planOf(
      request({ homeDepthOptIn: true, concerns: [{ concern: "glow", areas: ["cheeks"] }] }),
    );
    expect(optIn.schedule.map((s) => s.depthMm)).toEqual(plain.schedule.map((s) => s.depthMm));
    expect(optIn.warnings.map((w) => w.code)).not.toContain("home-depth-opt-in");
  });
});
