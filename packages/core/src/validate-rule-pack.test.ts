import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadRulePack } from "./load-rule-pack.js";
import { EVIDENCE_PACK } from "./packs/evidence.js";
import { GUIDELINE_PACK } from "./packs/guideline.js";
import type { RulePack } from "./rule-pack-schema.js";
import { REQUIRED_CONTRAINDICATIONS, validateRulePack } from "./validate-rule-pack.js";
import { hostileAnything } from "../test/arbitraries.js";

const copy = (): RulePack & { id: string } => ({
  ...structuredClone(GUIDELINE_PACK),
  id: "full-copy",
});

function codesAndPaths(result: {
  ok: boolean;
  issues: readonly { code: string; path: string }[];
}): { code: string; path: string }[] {
  return result.issues.map(({ code, path }) => ({ code, path }));
}

const youngFactor = {
  code: "harbour-extra",
  label: "Harbour extra",
  when: [{ fact: "age", atLeast: 30 }],
  addSessions: 1,
  effect: "one more session",
  grade: "D",
  sources: ["guideline"],
};

const newItem = {
  code: "sunbed-use",
  level: "caution",
  when: [{ fact: "lifestyle", field: "frequentSun", is: true }],
  message: "Sunbed use darkens needled skin.",
  grade: "D",
  sources: ["front-desk"],
};

describe("validateRulePack: the shipped packs", () => {
  it.each([
    ["guideline", GUIDELINE_PACK],
    ["evidence", EVIDENCE_PACK],
  ])("%s is valid and comes back unchanged", (_id, pack) => {
    const result = validateRulePack(pack);
    expect(result.issues).toEqual([]);
    expect(result.ok && result.value).toEqual(pack);
  });

  it("every required contraindication is in both packs at the level contraindicated", () => {
    for (const pack of [GUIDELINE_PACK, EVIDENCE_PACK]) {
      for (const code of REQUIRED_CONTRAINDICATIONS) {
        expect(pack.screening.find((rule) => rule.code === code)?.level).toBe("contraindicated");
      }
    }
  });
});

/**
 * Custom packs that break a rule of rules.md §12 (or the schema), and the issue each must get. A pack
 * that extends a shipped one is told about its own records (`screening[0]` is the file's first); a
 * record only the shipped pack has is named by its group. A complete pack gets the pack's own paths.
 */
const BROKEN: readonly { name: string; pack: unknown; code: string; path: string }[] = [
  {
    name: "a new item citing an unknown source",
    pack: { id: "x", extends: "guideline", screening: [newItem] },
    code: "unknown-source",
    path: "screening[0].sources[0]",
  },
  {
    name: "a replaced record citing an unknown source",
    pack: {
      id: "x",
      extends: "guideline",
      prep: [{ code: "stop-retinoids", sources: ["guideline", "nowhere"] }],
    },
    code: "unknown-source",
    path: "prep[0].sources[1]",
  },
  {
    name: "the interval citing an unknown source",
    pack: { id: "x", extends: "evidence", interval: { sources: ["2", "my-notes"] } },
    code: "unknown-source",
    path: "interval.sources[1]",
  },
  {
    name: "a depth rule citing an unknown source",
    pack: {
      id: "x",
      extends: "guideline",
      depth: { rules: [{ code: "hands", sources: ["hand-book"] }] },
    },
    code: "unknown-source",
    path: "depth.rules[0].sources[0]",
  },
  {
    name: "a new code listed twice in the file: the second one",
    pack: {
      id: "x",
      extends: "guideline",
      screening: [
        { ...newItem, sources: ["guideline"] },
        { ...newItem, sources: ["guideline"] },
      ],
    },
    code: "duplicate-code",
    path: "screening[1].code",
  },
  {
    name: "a prep step listed twice in a complete pack",
    pack: { ...copy(), prep: [...GUIDELINE_PACK.prep, GUIDELINE_PACK.prep[0]] },
    code: "duplicate-code",
    path: `prep[${GUIDELINE_PACK.prep.length}].code`,
  },
  {
    name: "pregnancy removed",
    pack: {
      ...copy(),
      screening: GUIDELINE_PACK.screening.filter((rule) => rule.code !== "pregnancy"),
    },
    code: "missing-contraindication",
    path: "screening",
  },
  {
    name: "under-18 removed",
    pack: {
      ...copy(),
      screening: GUIDELINE_PACK.screening.filter((rule) => rule.code !== "under-18"),
    },
    code: "missing-contraindication",
    path: "screening",
  },
  {
    name: "pregnancy softened to a caution",
    pack: { id: "x", extends: "guideline", screening: [{ code: "pregnancy", level: "caution" }] },
    code: "softened-contraindication",
    path: "screening[0].level",
  },
  {
    name: "current isotretinoin softened to refer at home",
    pack: {
      id: "x",
      extends: "evidence",
      screening: [
        { code: "isotretinoin-current", level: { clinic: "contraindicated", home: "refer" } },
      ],
    },
    code: "softened-contraindication",
    path: "screening[0].level",
  },
  {
    name: "a bleeding disorder made to test something else",
    pack: {
      id: "x",
      extends: "guideline",
      screening: [{ code: "bleeding-disorder", when: [{ fact: "health", flag: "sunburn" }] }],
    },
    code: "altered-contraindication",
    path: "screening[0].when",
  },
  {
    name: "under-18 narrowed to under 16",
    pack: {
      id: "x",
      extends: "guideline",
      screening: [{ code: "under-18", when: [{ fact: "age", below: 16 }] }],
    },
    code: "altered-contraindication",
    path: "screening[0].when",
  },
  {
    name: "an interval window from 3 weeks",
    pack: { id: "x", extends: "guideline", interval: { weeks: { min: 3, max: 6 } } },
    code: "interval-too-short",
    path: "interval.weeks.min",
  },
  {
    name: "home needling to 0.5 mm without the opt-in",
    pack: { id: "x", extends: "guideline", home: { maxMm: 0.5 } },
    code: "home-too-deep",
    path: "home.maxMm",
  },
  {
    name: "home needling to 0.6 mm without the opt-in",
    pack: { id: "x", extends: "guideline", home: { maxMm: 0.6 } },
    code: "home-too-deep",
    path: "home.maxMm",
  },
  {
    name: "home opt-in to 0.75 mm",
    pack: { id: "x", extends: "evidence", home: { optInMaxMm: 0.75 } },
    code: "home-too-deep",
    path: "home.optInMaxMm",
  },
  {
    name: "home default deeper than its maximum",
    pack: { id: "x", extends: "evidence", home: { defaultMm: 0.4 } },
    code: "invalid-range",
    path: "home.defaultMm",
  },
  {
    name: "sensitive skin at 3 weeks, shorter than the window",
    pack: {
      id: "x",
      extends: "guideline",
      factors: [
        { code: "sensitive-skin", interval: { minWeeks: 3, maxWeeks: 8, recommendedWeeks: 8 } },
      ],
    },
    code: "interval-shortened",
    path: "factors[0].interval.minWeeks",
  },
  {
    name: "a window raised to 5 weeks over the evidence pack's 4-week factors",
    pack: {
      id: "x",
      extends: "evidence",
      interval: { weeks: { min: 5, max: 6 }, defaultWeeks: 5 },
    },
    code: "interval-shortened",
    path: "factors",
  },
  {
    name: "a factor recommending outside its own interval",
    pack: {
      id: "x",
      extends: "guideline",
      factors: [
        { code: "reactive-skin", interval: { minWeeks: 6, maxWeeks: 8, recommendedWeeks: 10 } },
      ],
    },
    code: "invalid-range",
    path: "factors[0].interval.recommendedWeeks",
  },
  {
    name: "no depth for the hands",
    pack: {
      ...copy(),
      depth: {
        ...GUIDELINE_PACK.depth,
        rules: GUIDELINE_PACK.depth.rules.filter((rule) => rule.code !== "hands"),
      },
    },
    code: "missing-depth",
    path: "depth.rules",
  },
  {
    name: "a second depth rule for the cheeks",
    pack: {
      id: "x",
      extends: "guideline",
      depth: {
        rules: [
          {
            code: "my-cheeks",
            areas: ["cheeks"],
            depthMm: { min: 0.5, max: 1.0 },
            grade: "D",
            sources: ["guideline"],
          },
        ],
      },
    },
    code: "overlapping-depth",
    path: "depth.rules[0].areas",
  },
  {
    name: "no session rule for glow",
    pack: { ...copy(), sessions: GUIDELINE_PACK.sessions.filter((rule) => rule.code !== "glow") },
    code: "missing-sessions",
    path: "sessions",
  },
  {
    name: "no maintenance for stretch marks",
    pack: {
      id: "x",
      extends: "guideline",
      maintenance: [{ code: "all", concerns: ["glow", "fine-lines", "acne-scars"] }],
    },
    code: "missing-maintenance",
    path: "maintenance",
  },
  {
    name: "an interval window whose minimum exceeds its maximum",
    pack: { id: "x", extends: "guideline", interval: { weeks: { min: 7, max: 6 } } },
    code: "invalid-value",
    path: "interval.weeks.max",
  },
  {
    name: "a default outside the window",
    pack: { id: "x", extends: "guideline", interval: { defaultWeeks: 9 } },
    code: "invalid-value",
    path: "interval.defaultWeeks",
  },
  {
    name: "a session range upside down",
    pack: {
      id: "x",
      extends: "guideline",
      sessions: [{ code: "glow", sessions: { min: 4, max: 2 } }],
    },
    code: "invalid-value",
    path: "sessions[0].sessions.max",
  },
  {
    name: "a rule with no source",
    pack: { id: "x", extends: "guideline", prep: [{ code: "no-waxing", sources: [] }] },
    code: "too-small",
    path: "prep[0].sources",
  },
  {
    name: "a code that is not kebab-case",
    pack: {
      id: "x",
      extends: "guideline",
      prep: [
        {
          code: "Bring_Sunscreen",
          daysBefore: 0,
          remind: false,
          text: "Bring sunscreen.",
          grade: "D",
          sources: ["guideline"],
        },
      ],
    },
    code: "invalid-format",
    path: "prep[0].code",
  },
  {
    name: "a milestone after '2 weeks'",
    pack: { id: "x", extends: "guideline", milestones: [{ code: "brighter", after: "2 weeks" }] },
    code: "invalid-format",
    path: "milestones[0].after",
  },
  {
    name: "a depth of 5 mm",
    pack: {
      id: "x",
      extends: "guideline",
      depth: { rules: [{ code: "body", depthMm: { min: 1.5, max: 5 } }] },
    },
    code: "too-big",
    path: "depth.rules[0].depthMm.max",
  },
  {
    name: "an unknown field in a record",
    pack: { id: "x", extends: "guideline", aftercare: [{ code: "no-sun", colour: "red" }] },
    code: "unknown-field",
    path: "aftercare[0].colour",
  },
  {
    name: "a factor that adds a session only below an age",
    pack: {
      id: "x",
      extends: "guideline",
      factors: [{ ...youngFactor, when: [{ fact: "age", below: 30 }] }],
    },
    code: "not-monotone",
    path: "factors[0].when[0]",
  },
  {
    name: "a factor for sensitive skin that reactive skin would lose",
    pack: {
      id: "x",
      extends: "guideline",
      factors: [{ ...youngFactor, when: [{ fact: "sensitivity", in: ["sensitive"] }] }],
    },
    code: "not-monotone",
    path: "factors[0].when[0]",
  },
  {
    name: "a factor that lengthens the interval for non-smokers",
    pack: {
      id: "x",
      extends: "guideline",
      factors: [
        {
          ...youngFactor,
          addSessions: undefined,
          interval: { minWeeks: 6, maxWeeks: 8, recommendedWeeks: 8 },
          when: [{ fact: "any", of: [{ fact: "lifestyle", field: "smoker", is: false }] }],
        },
      ],
    },
    code: "not-monotone",
    path: "factors[0].when[0]",
  },
  {
    name: "a shorter interval after a reaction (negative lengthening)",
    pack: { id: "x", extends: "guideline", adapt: { slowReaction: { addWeeks: -2 } } },
    code: "too-small",
    path: "adapt.slowReaction.addWeeks",
  },
  {
    name: "a reaction that does not lower the depth",
    pack: { id: "x", extends: "evidence", adapt: { slowReaction: { depthStepsDown: 0 } } },
    code: "too-small",
    path: "adapt.slowReaction.depthStepsDown",
  },
  {
    name: "a reaction trigger whose days run backwards",
    pack: {
      id: "x",
      extends: "guideline",
      adapt: {
        slowReaction: {
          triggers: [{ score: "redness", atLeast: 2, fromDay: 5, toDay: 3, label: "red" }],
        },
      },
    },
    code: "invalid-value",
    path: "adapt.slowReaction.triggers[0].toDay",
  },
  {
    name: "a progress threshold past 10",
    pack: { id: "x", extends: "guideline", adapt: { strongProgress: { atLeast: 11 } } },
    code: "too-big",
    path: "adapt.strongProgress.atLeast",
  },
  {
    name: "two adapt records with one code",
    pack: { id: "x", extends: "guideline", adapt: { complete: { code: "too-close" } } },
    code: "duplicate-code",
    path: "adapt.complete.code",
  },
  {
    name: "an adapt record citing an unknown source",
    pack: { id: "x", extends: "guideline", adapt: { missedSession: { sources: ["front-desk"] } } },
    code: "unknown-source",
    path: "adapt.missedSession.sources[0]",
  },
  {
    name: "a complete pack without adapt rules",
    pack: { ...copy(), adapt: undefined },
    code: "required",
    path: "adapt",
  },
  {
    name: "a shipped pack's id",
    pack: { id: "guideline", extends: "evidence" },
    code: "reserved-id",
    path: "id",
  },
  {
    name: "an id with capitals",
    pack: { id: "My Clinic", extends: "evidence" },
    code: "invalid-format",
    path: "id",
  },
  {
    name: "extending an unknown pack",
    pack: { id: "x", extends: "standard" },
    code: "invalid-value",
    path: "extends",
  },
  { name: "no id", pack: { extends: "evidence" }, code: "required", path: "id" },
  {
    name: "an id that is a number",
    pack: { id: 7, extends: "evidence" },
    code: "invalid-type",
    path: "id",
  },
];

describe("loadRulePack / validateRulePack: what a custom pack may not do", () => {
  it.each(BROKEN)("$name → $code at $path", ({ pack, code, path }) => {
    const result = loadRulePack(pack);
    expect(result.ok).toBe(false);
    expect(codesAndPaths(result)).toContainEqual({ code, path });
    for (const issue of result.issues) expect(issue.severity).toBe("error");
  });

  it("a contraindication stays accepted when only its wording changes, or it is contraindicated in both settings", () => {
    const reworded = loadRulePack({
      id: "x",
      extends: "guideline",
      screening: [
        {
          code: "pregnancy",
          message: "Not during pregnancy: wait until after it and after breastfeeding.",
        },
        { code: "metal-allergy", level: { clinic: "contraindicated", home: "contraindicated" } },
      ],
    });
    expect(reworded.issues).toEqual([]);
  });

  it("a shallow complete pack (every depth under 0.5 mm) may use a window under 4 weeks", () => {
    const pack = {
      ...copy(),
      id: "shallow",
      interval: { ...GUIDELINE_PACK.interval, weeks: { min: 2, max: 4 }, defaultWeeks: 3 },
      depth: {
        stepMm: 0.05,
        floorMm: 0.1,
        rules: [
          {
            ...GUIDELINE_PACK.depth.rules[0],
            code: "all",
            areas: [...new Set(GUIDELINE_PACK.depth.rules.flatMap((r) => r.areas))],
            depthMm: { min: 0.1, max: 0.45 },
          },
        ],
      },
    };
    expect(loadRulePack(pack).issues).toEqual([]);
    const deeper = {
      ...pack,
      depth: {
        ...pack.depth,
        rules: [{ ...pack.depth.rules[0], depthMm: { min: 0.1, max: 0.5 } }],
      },
    };
    expect(codesAndPaths(loadRulePack(deeper))).toEqual([
      { code: "interval-too-short", path: "interval.weeks.min" },
    ]);
  });

  it("never throws on anything, and refuses what is not a pack", () => {
    fc.assert(
      fc.property(hostileAnything, (input) => {
        const loaded = loadRulePack(input);
        const validated = validateRulePack(input);
        expect(loaded.ok).toBe(false);
        expect(validated.ok).toBe(false);
        expect(loaded.issues.length).toBeGreaterThan(0);
        expect(validated.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 1500 },
    );
  });

  it("never throws when an extending pack overrides a group with anything", () => {
    const groups = [
      "sessions",
      "interval",
      "factors",
      "depth",
      "home",
      "screening",
      "prep",
      "aftercare",
      "milestones",
      "maintenance",
      "sources",
      "name",
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...groups),
        hostileAnything,
        fc.constantFrom("guideline", "evidence"),
        (group, value, base) => {
          const result = loadRulePack({ id: "fuzzed", extends: base, [group]: value });
          if (!result.ok) expect(result.issues.length).toBeGreaterThan(0);
          else expect(validateRulePack(result.value).ok).toBe(true);
        },
      ),
      { numRuns: 1500 },
    );
  });
});
