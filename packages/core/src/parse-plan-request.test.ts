import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parsePlanRequest } from "./parse-plan-request.js";
import { plan } from "./plan.js";
import type { PlanRequestInput } from "./request-schema.js";
import { hostileAnything, planRequestArb } from "../test/arbitraries.js";
import { request } from "../test/fixtures.js";

/** The contract's path format: `concerns[0].severity`, `blackouts[1].to`, `health.isotretinoin.stoppedOn`. */
const CONTRACT_PATH = /^[A-Za-z_][A-Za-z0-9_]*(\[\d+\]|\.[A-Za-z_][A-Za-z0-9_]*)*$/;

type Mutable = Record<string, unknown> & {
  concerns: Record<string, unknown>[];
  lifestyle?: Record<string, unknown>;
  health?: Record<string, unknown>;
  blackouts?: Record<string, unknown>[];
};

/** A deep copy of a request that a test may change freely. */
function editable(input: PlanRequestInput): Mutable {
  return structuredClone(input) as unknown as Mutable;
}

function codesAndPaths(input: unknown): { code: string; path: string }[] {
  const result = parsePlanRequest(input);
  return result.ok ? [] : result.issues.map(({ code, path }) => ({ code, path }));
}

describe("parsePlanRequest: defaults", () => {
  it("fills every optional answer with the favourable one", () => {
    const result = parsePlanRequest(request());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.issues).toEqual([]);
    const { value } = result;
    expect(value.sensitivity).toBe("normal");
    expect(value.homeDepthOptIn).toBe(false);
    expect(value.rules).toBe("guideline");
    expect(value.preferredWeekdays).toEqual([]);
    expect(value.blackouts).toEqual([]);
    expect(value.lifestyle).toEqual({
      smoker: false,
      dailySunscreen: true,
      frequentSun: false,
      followsAftercare: true,
      regularRoutine: true,
    });
    expect(value.health.isotretinoin).toBe("never");
    expect(value.health.activeAcne).toBe("none");
    const flags = Object.entries(value.health).filter(
      ([key]) => key !== "isotretinoin" && key !== "activeAcne",
    );
    expect(flags.length).toBe(20);
    expect(flags.every(([, answer]) => answer === false)).toBe(true);
  });

  it("keeps the answers that were given over the defaults", () => {
    const result = parsePlanRequest(
      request({
        lifestyle: { smoker: true, dailySunscreen: false },
        health: { coldSoreHistory: true, isotretinoin: { stoppedOn: "2026-01-02" } },
      }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.lifestyle.smoker).toBe(true);
    expect(result.value.lifestyle.dailySunscreen).toBe(false);
    expect(result.value.lifestyle.followsAftercare).toBe(true);
    expect(result.value.health.coldSoreHistory).toBe(true);
    expect(result.value.health.pregnant).toBe(false);
    expect(result.value.health.isotretinoin).toEqual({ stoppedOn: "2026-01-02" });
  });

  it.each([
    [{ concern: "acne-scars", severity: "mild", areas: ["cheeks"] }],
    [{ concern: "acne-scars", goodmanBaron: 1, areas: ["cheeks"] }],
    [{ concern: "acne-scars", goodmanBaron: 3, severity: "moderate", areas: ["cheeks"] }],
    [{ concern: "acne-scars", goodmanBaron: 4, scarType: "ice-pick", areas: ["cheeks", "chin"] }],
    [{ concern: "fine-lines", glogau: 4, areas: ["forehead"] }],
    [{ concern: "stretch-marks", stage: "white", areas: ["abdomen", "thighs"] }],
  ] satisfies [PlanRequestInput["concerns"][number]][])("accepts the concern %j", (concern) => {
    expect(codesAndPaths(request({ concerns: [concern] }))).toEqual([]);
  });
});

const mutations: {
  name: string;
  change: (r: Mutable) => void;
  code: string;
  path: string;
}[] = [
  { name: "age as a string", change: (r) => (r.age = "34"), code: "invalid-type", path: "age" },
  { name: "age 121", change: (r) => (r.age = 121), code: "too-big", path: "age" },
  { name: "age −1", change: (r) => (r.age = -1), code: "too-small", path: "age" },
  { name: "age 34.5", change: (r) => (r.age = 34.5), code: "invalid-type", path: "age" },
  { name: "age NaN", change: (r) => (r.age = Number.NaN), code: "invalid-type", path: "age" },
  { name: "no age", change: (r) => delete r.age, code: "required", path: "age" },
  {
    name: "fitzpatrick 0",
    change: (r) => (r.fitzpatrick = 0),
    code: "too-small",
    path: "fitzpatrick",
  },
  {
    name: "fitzpatrick 7",
    change: (r) => (r.fitzpatrick = 7),
    code: "too-big",
    path: "fitzpatrick",
  },
  { name: "no setting", change: (r) => delete r.setting, code: "required", path: "setting" },
  {
    name: "setting spa",
    change: (r) => (r.setting = "spa"),
    code: "invalid-value",
    path: "setting",
  },
  {
    name: "sensitivity very",
    change: (r) => (r.sensitivity = "very"),
    code: "invalid-value",
    path: "sensitivity",
  },
  {
    name: "opt-in as text",
    change: (r) => (r.homeDepthOptIn = "yes"),
    code: "invalid-type",
    path: "homeDepthOptIn",
  },
  { name: "no concerns", change: (r) => (r.concerns = []), code: "too-small", path: "concerns" },
  {
    name: "13 concerns",
    change: (r) =>
      (r.concerns = Array.from({ length: 13 }, () => ({ concern: "glow", areas: ["neck"] }))),
    code: "too-big",
    path: "concerns",
  },
  {
    name: "an unknown concern",
    change: (r) => (r.concerns = [{ concern: "wrinkles", areas: ["cheeks"] }]),
    code: "invalid-value",
    path: "concerns[0].concern",
  },
  {
    name: "no areas",
    change: (r) => (r.concerns = [{ concern: "glow", areas: [] }]),
    code: "too-small",
    path: "concerns[0].areas",
  },
  {
    name: "an unknown area",
    change: (r) => (r.concerns = [{ concern: "glow", areas: ["cheeks", "face"] }]),
    code: "invalid-value",
    path: "concerns[0].areas[1]",
  },
  {
    name: "an area twice",
    change: (r) => (r.concerns = [{ concern: "glow", areas: ["neck", "cheeks", "neck"] }]),
    code: "duplicate",
    path: "concerns[0].areas[2]",
  },
  {
    name: "acne scars without a severity",
    change: (r) =>
      (r.concerns = [
        { concern: "glow", areas: ["neck"] },
        { concern: "acne-scars", areas: ["cheeks"] },
      ]),
    code: "required",
    path: "concerns[1].severity",
  },
  {
    name: "an unknown acne severity",
    change: (r) =>
      (r.concerns = [{ concern: "acne-scars", severity: "severe", areas: ["cheeks"] }]),
    code: "invalid-value",
    path: "concerns[0].severity",
  },
  {
    name: "Goodman–Baron grade 5",
    change: (r) => (r.concerns = [{ concern: "acne-scars", goodmanBaron: 5, areas: ["cheeks"] }]),
    code: "too-big",
    path: "concerns[0].goodmanBaron",
  },
  {
    name: "Goodman–Baron grade 0",
    change: (r) => (r.concerns = [{ concern: "acne-scars", goodmanBaron: 0, areas: ["cheeks"] }]),
    code: "too-small",
    path: "concerns[0].goodmanBaron",
  },
  {
    name: "Goodman–Baron 3 that contradicts severity mild",
    change: (r) =>
      (r.concerns = [
        { concern: "acne-scars", goodmanBaron: 3, severity: "mild", areas: ["cheeks"] },
      ]),
    code: "conflict",
    path: "concerns[0].goodmanBaron",
  },
  {
    name: "Goodman–Baron 1 (macular) with a severity",
    change: (r) =>
      (r.concerns = [
        { concern: "acne-scars", goodmanBaron: 1, severity: "mild", areas: ["cheeks"] },
      ]),
    code: "conflict",
    path: "concerns[0].goodmanBaron",
  },
  {
    name: "Glogau 5",
    change: (r) => (r.concerns = [{ concern: "fine-lines", glogau: 5, areas: ["forehead"] }]),
    code: "too-big",
    path: "concerns[0].glogau",
  },
  {
    name: "a Glogau grade on glow",
    change: (r) => (r.concerns = [{ concern: "glow", glogau: 2, areas: ["cheeks"] }]),
    code: "not-applicable",
    path: "concerns[0].glogau",
  },
  {
    name: "a severity on fine lines",
    change: (r) => (r.concerns = [{ concern: "fine-lines", severity: "mild", areas: ["cheeks"] }]),
    code: "not-applicable",
    path: "concerns[0].severity",
  },
  {
    name: "a scar type on glow",
    change: (r) => (r.concerns = [{ concern: "glow", scarType: "boxcar", areas: ["cheeks"] }]),
    code: "not-applicable",
    path: "concerns[0].scarType",
  },
  {
    name: "a stretch-mark stage on acne scars",
    change: (r) =>
      (r.concerns = [{ concern: "acne-scars", severity: "mild", stage: "red", areas: ["cheeks"] }]),
    code: "not-applicable",
    path: "concerns[0].stage",
  },
  {
    name: "an unknown field",
    change: (r) => (r.colour = "blue"),
    code: "unknown-field",
    path: "colour",
  },
  {
    name: "an unknown field in a concern",
    change: (r) => (r.concerns = [{ concern: "glow", areas: ["cheeks"], depth: 2 }]),
    code: "unknown-field",
    path: "concerns[0].depth",
  },
  {
    name: "an unknown lifestyle answer",
    change: (r) => (r.lifestyle = { vegan: true }),
    code: "unknown-field",
    path: "lifestyle.vegan",
  },
  {
    name: "a lifestyle answer as text",
    change: (r) => (r.lifestyle = { smoker: "no" }),
    code: "invalid-type",
    path: "lifestyle.smoker",
  },
  {
    name: "an unknown health answer",
    change: (r) => (r.health = { diabetes: true }),
    code: "unknown-field",
    path: "health.diabetes",
  },
  {
    name: "a health answer as a number",
    change: (r) => (r.health = { pregnant: 1 }),
    code: "invalid-type",
    path: "health.pregnant",
  },
  {
    name: "an unknown isotretinoin answer",
    change: (r) => (r.health = { isotretinoin: "sometimes" }),
    code: "invalid",
    path: "health.isotretinoin",
  },
  {
    name: "an impossible isotretinoin stop date",
    change: (r) => (r.health = { isotretinoin: { stoppedOn: "2027-02-30" } }),
    code: "invalid-value",
    path: "health.isotretinoin.stoppedOn",
  },
  {
    name: "an isotretinoin stop date after today",
    change: (r) => {
      r.today = "2026-12-01";
      r.health = { isotretinoin: { stoppedOn: "2026-12-02" } };
    },
    code: "in-future",
    path: "health.isotretinoin.stoppedOn",
  },
  {
    name: "an unknown acne answer",
    change: (r) => (r.health = { activeAcne: "severe" }),
    code: "invalid-value",
    path: "health.activeAcne",
  },
  {
    name: "start 2027-02-30",
    change: (r) => (r.startDate = "2027-02-30"),
    code: "invalid-value",
    path: "startDate",
  },
  {
    name: "start 2026-02-29",
    change: (r) => (r.startDate = "2026-02-29"),
    code: "invalid-value",
    path: "startDate",
  },
  {
    name: "start 2027-1-4",
    change: (r) => (r.startDate = "2027-1-4"),
    code: "invalid-value",
    path: "startDate",
  },
  {
    name: "start as a number",
    change: (r) => (r.startDate = 20270104),
    code: "invalid-type",
    path: "startDate",
  },
  { name: "no start date", change: (r) => delete r.startDate, code: "required", path: "startDate" },
  {
    name: "today 2026-13-01",
    change: (r) => (r.today = "2026-13-01"),
    code: "invalid-value",
    path: "today",
  },
  {
    name: "zone Mars/Olympus",
    change: (r) => (r.timeZone = "Mars/Olympus"),
    code: "invalid-value",
    path: "timeZone",
  },
  {
    name: "zone GMT+5",
    change: (r) => (r.timeZone = "GMT+5"),
    code: "invalid-value",
    path: "timeZone",
  },
  {
    name: "an empty zone",
    change: (r) => (r.timeZone = ""),
    code: "invalid-value",
    path: "timeZone",
  },
  { name: "zone null", change: (r) => (r.timeZone = null), code: "invalid-type", path: "timeZone" },
  {
    name: "weekday saturday",
    change: (r) => (r.preferredWeekdays = ["sat", "saturday"]),
    code: "invalid-value",
    path: "preferredWeekdays[1]",
  },
  {
    name: "no weekdays",
    change: (r) => (r.preferredWeekdays = []),
    code: "too-small",
    path: "preferredWeekdays",
  },
  {
    name: "a weekday twice",
    change: (r) => (r.preferredWeekdays = ["sat", "sun", "sat"]),
    code: "duplicate",
    path: "preferredWeekdays[2]",
  },
  {
    name: "a blackout that ends before it starts",
    change: (r) =>
      (r.blackouts = [
        { from: "2027-03-01", to: "2027-03-05" },
        { from: "2027-02-10", to: "2027-02-09" },
      ]),
    code: "invalid-range",
    path: "blackouts[1].to",
  },
  {
    name: "a blackout from 2027-04-31",
    change: (r) => (r.blackouts = [{ from: "2027-04-31", to: "2027-05-02" }]),
    code: "invalid-value",
    path: "blackouts[0].from",
  },
  {
    name: "a blackout whose sun is text",
    change: (r) => (r.blackouts = [{ from: "2027-04-01", to: "2027-04-02", sun: "yes" }]),
    code: "invalid-type",
    path: "blackouts[0].sun",
  },
  {
    name: "a blackout with a 201-character reason",
    change: (r) =>
      (r.blackouts = [{ from: "2027-04-01", to: "2027-04-02", reason: "x".repeat(201) }]),
    code: "too-big",
    path: "blackouts[0].reason",
  },
  {
    name: "a blackout with an unknown field",
    change: (r) => (r.blackouts = [{ from: "2027-04-01", to: "2027-04-02", where: "Nice" }]),
    code: "unknown-field",
    path: "blackouts[0].where",
  },
  {
    name: "a rule pack id with spaces",
    change: (r) => (r.rules = "My Pack"),
    code: "invalid-format",
    path: "rules",
  },
];

describe("parsePlanRequest: invalid requests", () => {
  it.each(mutations)("$name → $code at $path", ({ change, code, path }) => {
    const input = editable(request());
    change(input);
    const issues = codesAndPaths(input);
    expect(issues).toContainEqual({ code, path });
    expect(issues.every((issue) => CONTRACT_PATH.test(issue.path))).toBe(true);
  });

  it("reports every offending field at once, each as an error with a message", () => {
    const input = editable(request());
    input.age = 130;
    input.setting = "spa";
    input.concerns = [{ concern: "glow", areas: ["elbow"] }];
    const result = parsePlanRequest(input);
    expect(result.ok).toBe(false);
    expect(result.issues.map(({ code, path }) => ({ code, path }))).toEqual(
      expect.arrayContaining([
        { code: "too-big", path: "age" },
        { code: "invalid-value", path: "setting" },
        { code: "invalid-value", path: "concerns[0].areas[0]" },
      ]),
    );
    expect(result.issues).toHaveLength(3);
    for (const issue of result.issues) {
      expect(issue.severity).toBe("error");
      expect(issue.message.length).toBeGreaterThan(0);
    }
  });

  it.each([
    [null, "invalid-type"],
    [42, "invalid-type"],
    ["request", "invalid-type"],
    [[], "invalid-type"],
    [true, "invalid-type"],
    [undefined, "required"],
  ])("refuses %j as a whole with one issue at the root (empty path)", (input, code) => {
    expect(codesAndPaths(input)).toEqual([{ code, path: "" }]);
  });

  it("names an unknown rule pack at the path rules", () => {
    const result = plan(request({ rules: "my-clinic" }));
    expect(result.ok).toBe(false);
    expect(result.issues.map(({ code, path }) => ({ code, path }))).toEqual([
      { code: "unknown-rule-pack", path: "rules" },
    ]);
  });
});

describe("parsePlanRequest: properties", () => {
  it("accepts every generated valid request", () => {
    fc.assert(
      fc.property(planRequestArb(), (input) => {
        expect(codesAndPaths(input)).toEqual([]);
      }),
      { numRuns: 3000 },
    );
  });

  it("never throws on anything, and refuses it with issues that name a path", () => {
    fc.assert(
      fc.property(hostileAnything, (input) => {
        const result = plan(input);
        expect(result.ok).toBe(false);
        expect(result.issues.length).toBeGreaterThan(0);
        for (const issue of result.issues) expect(typeof issue.path).toBe("string");
        const isObject = typeof input === "object" && input !== null && !Array.isArray(input);
        if (isObject) expect(result.issues.some((issue) => issue.path !== "")).toBe(true);
        else expect(result.issues).toEqual([expect.objectContaining({ path: "" })]);
      }),
      { numRuns: 3000 },
    );
  });

  const badDate = fc.constantFrom(
    "2027-02-30",
    "2026-02-29",
    "2027-13-01",
    "2027-00-10",
    "2027-04-31",
    "2027-1-4",
    "04/01/2027",
    "2027-01-04T10:00Z",
    "",
  );
  const badZone = fc.constantFrom(
    "Mars/Olympus",
    "Europe/Lndon",
    "GMT+5",
    "+05:30",
    "",
    "Europe/London ",
  );
  const unknownKey = fc.constantFrom("colour", "notes", "extra_1", "zz");
  const wrongValue = fc.constantFrom<unknown>(null, 7, "7", true, [], {});

  type Mutation = (r: Mutable, n: number) => { path: string; code?: string };
  const pick = <T>(items: readonly T[], n: number): [T, number] => {
    const index = n % items.length;
    return [items[index] as T, index];
  };
  const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
    fc
      .oneof(
        fc.tuple(fc.constant("age"), fc.constantFrom(121, -1, 200, 34.5)),
        fc.tuple(fc.constant("fitzpatrick"), fc.constantFrom(0, 7, -1, 2.5)),
      )
      .map(([field, value]): Mutation => (r) => {
        r[field] = value;
        return { path: field };
      }),
    fc
      .tuple(fc.constantFrom("concerns", "age", "fitzpatrick", "setting", "startDate", "timeZone"))
      .map(([field]): Mutation => (r) => {
        delete r[field];
        return { path: field, code: "required" };
      }),
    fc
      .tuple(fc.constantFrom("startDate", "today", "blackout", "stoppedOn"), badDate)
      .map(([where, value]): Mutation => (r, n) => {
        if (where === "blackout" && r.blackouts && r.blackouts.length > 0) {
          const [blackout, index] = pick(r.blackouts, n);
          const end = n % 2 === 0 ? "from" : "to";
          blackout[end] = value;
          return { path: `blackouts[${index}].${end}` };
        }
        if (where === "stoppedOn") {
          r.health = { ...r.health, isotretinoin: { stoppedOn: value } };
          return { path: "health.isotretinoin.stoppedOn" };
        }
        const field = where === "today" ? "today" : "startDate";
        r[field] = value;
        return { path: field };
      }),
    badZone.map((zone): Mutation => (r) => {
      r.timeZone = zone;
      return { path: "timeZone", code: "invalid-value" };
    }),
    fc
      .tuple(fc.constantFrom("root", "concern", "lifestyle", "health", "blackout"), unknownKey)
      .map(([where, key]): Mutation => (r, n) => {
        if (where === "concern") {
          const [concern, index] = pick(r.concerns, n);
          concern[key] = 1;
          return { path: `concerns[${index}].${key}`, code: "unknown-field" };
        }
        if (where === "lifestyle" || where === "health") {
          r[where] = { ...r[where], [key]: false };
          return { path: `${where}.${key}`, code: "unknown-field" };
        }
        if (where === "blackout" && r.blackouts && r.blackouts.length > 0) {
          const [blackout, index] = pick(r.blackouts, n);
          blackout[key] = "x";
          return { path: `blackouts[${index}].${key}`, code: "unknown-field" };
        }
        r[key] = true;
        return { path: key, code: "unknown-field" };
      }),
    fc
      .tuple(
        fc.constantFrom(
          "concern",
          "areas",
          "area",
          "sensitivity",
          "setting",
          "activeAcne",
          "weekday",
          "smoker",
          "flag",
          "sun",
        ),
        wrongValue,
      )
      .map(([where, value]): Mutation => (r, n) => {
        const [concern, index] = pick(r.concerns, n);
        switch (where) {
          case "concern":
            concern.concern = value ?? "wrinkles";
            return { path: `concerns[${index}].concern` };
          case "areas":
            concern.areas = typeof value === "object" && value !== null ? 7 : value;
            return { path: `concerns[${index}].areas` };
          case "area":
            concern.areas = ["face"];
            return { path: `concerns[${index}].areas[0]`, code: "invalid-value" };
          case "sensitivity":
          case "setting":
            r[where] = value ?? "very";
            return { path: where };
          case "activeAcne":
            r.health = { ...r.health, activeAcne: value ?? "severe" };
            return { path: "health.activeAcne" };
          case "weekday":
            r.preferredWeekdays = [value ?? "saturday"];
            return { path: "preferredWeekdays[0]" };
          case "smoker":
            r.lifestyle = { ...r.lifestyle, smoker: value === true ? "true" : (value ?? "no") };
            return { path: "lifestyle.smoker" };
          case "flag":
            r.health = { ...r.health, keloids: value === true ? "true" : (value ?? 0) };
            return { path: "health.keloids" };
          case "sun":
            r.blackouts = [
              { from: "2027-05-01", to: "2027-05-02", sun: value === true ? "true" : (value ?? 1) },
            ];
            return { path: "blackouts[0].sun" };
        }
        return { path: where };
      }),
  );

  it("refuses a mutated valid request with an issue at the mutated field", () => {
    fc.assert(
      fc.property(planRequestArb(), mutationArb, fc.nat(), (valid, mutate, n) => {
        const input = editable(valid);
        const expected = mutate(input, n);
        const result = plan(input);
        expect(result.ok).toBe(false);
        const paths = result.issues.map((issue) => issue.path);
        expect(paths).toContain(expected.path);
        if (expected.code !== undefined) {
          expect(result.issues).toContainEqual(
            expect.objectContaining({ code: expected.code, path: expected.path }),
          );
        }
        for (const path of paths) expect(path).toMatch(CONTRACT_PATH);
      }),
      { numRuns: 3000 },
    );
  });

  it("never throws when any field is replaced by anything, and names a non-empty path when it refuses", () => {
    const pathsOf = (value: unknown, prefix: (string | number)[] = []): (string | number)[][] => {
      if (typeof value !== "object" || value === null) return [prefix];
      const entries = Array.isArray(value)
        ? value.map((item, index) => [index, item] as const)
        : Object.entries(value);
      return [prefix, ...entries.flatMap(([key, item]) => pathsOf(item, [...prefix, key]))];
    };
    fc.assert(
      fc.property(planRequestArb(), fc.nat(), hostileAnything, (valid, n, replacement) => {
        const input = editable(valid);
        const candidates = pathsOf(input).filter((path) => path.length > 0);
        const [path] = pick(candidates, n);
        let parent: unknown = input;
        for (const key of path.slice(0, -1))
          parent = (parent as Record<string | number, unknown>)[key];
        (parent as Record<string | number, unknown>)[path.at(-1) ?? ""] = replacement;
        const result = plan(input);
        if (result.ok) return; // the replacement happened to be valid
        expect(result.issues.length).toBeGreaterThan(0);
        for (const issue of result.issues) {
          expect(typeof issue.path).toBe("string");
          expect(issue.path.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe("parsePlanRequest: objects a JSON body can send to break string conversion", () => {
  // JSON.parse makes these own keys, so `${value}`, value + "" or obj[value] would throw on them.
  const HOSTILE = [
    '{"toString":""}',
    '{"valueOf":""}',
    '{"toString":1,"valueOf":1}',
    '{"toJSON":""}',
    '{"__proto__":{"toString":""}}',
    '{"constructor":"","length":1e9}',
    '[{"toString":""}]',
    '{"length":{"toString":""}}',
    '{"length":[{"valueOf":0}]}',
  ].map((text) => [text, JSON.parse(text) as unknown] as const);

  const full: PlanRequestInput = {
    ...request(),
    concerns: [
      {
        concern: "acne-scars",
        severity: "moderate",
        goodmanBaron: 3,
        scarType: "rolling",
        areas: ["cheeks", "chin"],
      },
      { concern: "fine-lines", glogau: 2, areas: ["forehead"] },
      { concern: "stretch-marks", stage: "red", areas: ["abdomen"] },
    ],
    sensitivity: "sensitive",
    homeDepthOptIn: true,
    lifestyle: { smoker: true, dailySunscreen: true },
    health: { pregnant: false, isotretinoin: { stoppedOn: "2026-01-02" }, activeAcne: "mild" },
    today: "2026-12-01",
    preferredWeekdays: ["mon", "thu"],
    blackouts: [{ from: "2027-02-01", to: "2027-02-10", reason: "Holiday", sun: true }],
    rules: "evidence",
  };

  /** Every path in the request, as the contract writes it (`concerns[0].areas[1]`) with its keys. */
  function paths(value: unknown, keys: (string | number)[] = []): (string | number)[][] {
    if (typeof value !== "object" || value === null) return keys.length > 0 ? [keys] : [];
    const entries = Array.isArray(value)
      ? value.map((v, i) => [i, v] as const)
      : Object.entries(value);
    return [
      ...(keys.length > 0 ? [keys] : []),
      ...entries.flatMap(([k, v]) => paths(v, [...keys, k])),
    ];
  }
  const written = (keys: (string | number)[]) =>
    keys
      .map((key, i) => (typeof key === "number" ? `[${key}]` : i === 0 ? key : `.${key}`))
      .join("");

  it("is refused at the field it replaced, at every field, without throwing", () => {
    expect(codesAndPaths(full)).toEqual([]);
    let checked = 0;
    for (const keys of paths(full)) {
      for (const [text, hostile] of HOSTILE) {
        const input = editable(full) as unknown as Record<string | number, unknown>;
        const parent = keys
          .slice(0, -1)
          .reduce<Record<string | number, unknown>>(
            (node, key) => node[key] as Record<string | number, unknown>,
            input,
          );
        parent[keys.at(-1) as string | number] = structuredClone(hostile);
        const at = written(keys);
        const result = plan(input);
        expect(result.ok, `${at} = ${text}`).toBe(false);
        // At the field, inside it, or at the union or list that holds it (isotretinoin is either).
        const within = (outer: string, inner: string) =>
          inner === outer || inner.startsWith(`${outer}.`) || inner.startsWith(`${outer}[`);
        const refusedThere = result.issues.some(
          (issue) => issue.path !== "" && (within(at, issue.path) || within(issue.path, at)),
        );
        expect(refusedThere, `${at} = ${text}: ${JSON.stringify(result.issues)}`).toBe(true);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(300);
  });
});
