import { describe, expect, it } from "vitest";
import { buildFacts } from "./facts.js";
import { parsePlanRequest } from "./parse-plan-request.js";
import type { PlanRequestInput } from "./request-schema.js";
import { EVIDENCE_PACK } from "./packs/evidence.js";
import { GUIDELINE_PACK } from "./packs/guideline.js";
import { screen, type Screening } from "./screen.js";
import type { Level, Setting } from "./vocabulary.js";
import { planOf, request, type ConcernInput, type HealthInput } from "../test/fixtures.js";

const PACKS = { guideline: GUIDELINE_PACK, evidence: EVIDENCE_PACK } as const;
type PackId = keyof typeof PACKS;

function screenOf(pack: PackId, input: PlanRequestInput): Screening {
  const parsed = parsePlanRequest(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return screen(buildFacts(parsed.value), PACKS[pack]);
}

const acne = (
  severity: "mild" | "moderate" | "deep",
  extra: Partial<ConcernInput> = {},
): ConcernInput => ({
  concern: "acne-scars",
  severity,
  areas: ["cheeks"],
  ...extra,
});

type Answers = Partial<PlanRequestInput>;
const health = (answers: HealthInput): Answers => ({ health: answers });
type PerSetting = readonly [clinic: Level | "absent", home: Level | "absent"];

/** rules.md §6, item by item: the level in each pack (guideline, evidence) and setting (clinic, home). */
const ITEMS: readonly {
  code: string;
  answers: Answers;
  guideline: PerSetting;
  evidence: PerSetting;
}[] = [
  {
    code: "pregnancy",
    answers: health({ pregnant: true }),
    guideline: ["contraindicated", "contraindicated"],
    evidence: ["contraindicated", "contraindicated"],
  },
  {
    code: "breastfeeding",
    answers: health({ breastfeeding: true }),
    guideline: ["contraindicated", "contraindicated"],
    evidence: ["contraindicated", "contraindicated"],
  },
  {
    code: "skin-cancer",
    answers: health({ skinCancerInArea: true }),
    guideline: ["contraindicated", "contraindicated"],
    evidence: ["contraindicated", "contraindicated"],
  },
  {
    code: "bleeding-disorder",
    answers: health({ bleedingDisorder: true }),
    guideline: ["contraindicated", "contraindicated"],
    evidence: ["contraindicated", "contraindicated"],
  },
  {
    code: "metal-allergy",
    answers: health({ metalAllergy: true }),
    guideline: ["contraindicated", "contraindicated"],
    evidence: ["contraindicated", "contraindicated"],
  },
  {
    code: "anaesthetic-allergy",
    answers: health({ anaestheticAllergy: true }),
    guideline: ["contraindicated", "contraindicated"],
    evidence: ["contraindicated", "contraindicated"],
  },
  {
    code: "isotretinoin-current",
    answers: health({ isotretinoin: "current" }),
    guideline: ["contraindicated", "contraindicated"],
    evidence: ["contraindicated", "contraindicated"],
  },
  {
    code: "under-18",
    answers: { age: 17 },
    guideline: ["contraindicated", "contraindicated"],
    evidence: ["contraindicated", "contraindicated"],
  },
  {
    code: "age-18-21",
    answers: { age: 18 },
    guideline: ["caution", "caution"],
    evidence: ["caution", "caution"],
  },
  {
    code: "isotretinoin-recent",
    answers: { today: "2026-12-01", health: { isotretinoin: { stoppedOn: "2026-09-15" } } },
    guideline: ["defer", "defer"],
    evidence: ["caution", "caution"],
  },
  {
    code: "active-acne",
    answers: health({ activeAcne: "moderate-severe" }),
    guideline: ["defer", "defer"],
    evidence: ["defer", "defer"],
  },
  {
    code: "active-acne-mild",
    answers: health({ activeAcne: "mild" }),
    guideline: ["caution", "caution"],
    evidence: ["caution", "caution"],
  },
  {
    code: "skin-infection",
    answers: health({ skinInfection: true }),
    guideline: ["defer", "defer"],
    evidence: ["defer", "defer"],
  },
  {
    code: "open-wound",
    answers: health({ openWound: true }),
    guideline: ["defer", "defer"],
    evidence: ["defer", "defer"],
  },
  {
    code: "cold-sore-active",
    answers: health({ coldSoreActive: true }),
    guideline: ["defer", "defer"],
    evidence: ["defer", "defer"],
  },
  {
    code: "sunburn",
    answers: health({ sunburn: true }),
    guideline: ["defer", "defer"],
    evidence: ["defer", "defer"],
  },
  {
    code: "dermatitis-flare",
    answers: health({ dermatitisFlare: true }),
    guideline: ["defer", "defer"],
    evidence: ["defer", "defer"],
  },
  {
    code: "cold-sore-history",
    answers: health({ coldSoreHistory: true }),
    guideline: ["caution", "caution"],
    evidence: ["caution", "caution"],
  },
  {
    code: "keloids",
    answers: health({ keloids: true }),
    guideline: ["refer", "refer"],
    evidence: ["refer", "refer"],
  },
  {
    code: "anticoagulants",
    answers: health({ anticoagulants: true }),
    guideline: ["refer", "refer"],
    evidence: ["refer", "refer"],
  },
  {
    code: "immunosuppression",
    answers: health({ immunosuppressed: true }),
    guideline: ["refer", "refer"],
    evidence: ["refer", "refer"],
  },
  {
    code: "uncontrolled-diabetes",
    answers: health({ uncontrolledDiabetes: true }),
    guideline: ["refer", "refer"],
    evidence: ["refer", "refer"],
  },
  {
    code: "autoimmune",
    answers: health({ autoimmune: true }),
    guideline: ["refer", "refer"],
    evidence: ["refer", "refer"],
  },
  {
    code: "radiotherapy",
    answers: health({ radiotherapyWithin3Months: true }),
    guideline: ["refer", "refer"],
    evidence: ["refer", "refer"],
  },
  {
    code: "botox-recent",
    answers: health({ botoxWithin2Weeks: true }),
    guideline: ["defer", "defer"],
    evidence: ["defer", "defer"],
  },
  {
    code: "filler-recent",
    answers: health({ fillerWithin4Weeks: true }),
    guideline: ["defer", "defer"],
    evidence: ["defer", "defer"],
  },
  {
    code: "deep-scars",
    answers: { concerns: [acne("deep")] },
    guideline: ["caution", "refer"],
    evidence: ["caution", "refer"],
  },
  {
    code: "deep-scars",
    answers: { concerns: [acne("mild", { scarType: "ice-pick" })] },
    guideline: ["caution", "refer"],
    evidence: ["caution", "refer"],
  },
  {
    code: "deep-scars",
    answers: { concerns: [acne("moderate", { scarType: "boxcar" })] },
    guideline: ["absent", "absent"],
    evidence: ["absent", "absent"],
  },
  {
    code: "deep-scars",
    answers: { concerns: [{ concern: "acne-scars", goodmanBaron: 4, areas: ["cheeks"] }] },
    guideline: ["caution", "refer"],
    evidence: ["caution", "refer"],
  },
  {
    code: "macular-scars",
    answers: { concerns: [{ concern: "acne-scars", goodmanBaron: 1, areas: ["cheeks"] }] },
    guideline: ["refer", "refer"],
    evidence: ["refer", "refer"],
  },
  {
    code: "glogau-4",
    answers: { concerns: [{ concern: "fine-lines", glogau: 4, areas: ["forehead"] }] },
    guideline: ["refer", "refer"],
    evidence: ["refer", "refer"],
  },
  {
    code: "glogau-4",
    answers: { concerns: [{ concern: "fine-lines", glogau: 3, areas: ["forehead"] }] },
    guideline: ["absent", "absent"],
    evidence: ["absent", "absent"],
  },
  {
    code: "fitzpatrick-pigmentation",
    answers: { fitzpatrick: 4 },
    guideline: ["caution", "caution"],
    evidence: ["caution", "caution"],
  },
  {
    code: "fitzpatrick-pigmentation",
    answers: { fitzpatrick: 3 },
    guideline: ["absent", "absent"],
    evidence: ["absent", "absent"],
  },
  {
    code: "home-not-suitable",
    answers: { concerns: [acne("mild")] },
    guideline: ["absent", "refer"],
    evidence: ["absent", "refer"],
  },
  {
    code: "home-not-suitable",
    answers: { concerns: [{ concern: "stretch-marks", areas: ["thighs"] }] },
    guideline: ["absent", "refer"],
    evidence: ["absent", "refer"],
  },
  {
    code: "home-not-suitable",
    answers: { concerns: [{ concern: "glow", areas: ["cheeks", "abdomen"] }] },
    guideline: ["absent", "refer"],
    evidence: ["absent", "refer"],
  },
  {
    code: "home-not-suitable",
    answers: { concerns: [{ concern: "fine-lines", areas: ["forehead", "neck", "hands"] }] },
    guideline: ["absent", "absent"],
    evidence: ["absent", "absent"],
  },
];

const SETTINGS: readonly Setting[] = ["clinic", "home"];
const ROWS = ITEMS.flatMap((item) =>
  (["guideline", "evidence"] as const).flatMap((pack) =>
    SETTINGS.map((setting, index) => ({
      code: item.code,
      answers: item.answers,
      pack,
      setting,
      level: item[pack][index] ?? "absent",
    })),
  ),
);

describe("screen: every item of rules.md §6 in each pack and setting", () => {
  it.each(ROWS)(
    "$code with $answers in $pack ($setting) → $level",
    ({ code, answers, pack, setting, level }) => {
      const found = screenOf(pack, request({ ...answers, setting })).items.filter(
        (item) => item.code === code,
      );
      expect(found.map((item) => item.level)).toEqual(level === "absent" ? [] : [level]);
    },
  );

  it("finds nothing for a healthy adult with glow on the cheeks, in either pack or setting", () => {
    for (const pack of ["guideline", "evidence"] as const) {
      for (const setting of SETTINGS) {
        const result = screenOf(pack, request({ setting }));
        expect(result.items).toEqual([]);
        expect(result.status).toBe("ok");
      }
    }
  });
});

describe("screen: age and skin-type boundaries", () => {
  it.each([
    [0, ["under-18"]],
    [17, ["under-18"]],
    [18, ["age-18-21"]],
    [21, ["age-18-21"]],
    [22, []],
    [100, []],
  ])("age %i → %j", (age, codes) => {
    expect(screenOf("guideline", request({ age })).items.map((item) => item.code)).toEqual(codes);
  });

  it.each([
    [1, []],
    [3, []],
    [4, ["fitzpatrick-pigmentation"]],
    [6, ["fitzpatrick-pigmentation"]],
  ])("Fitzpatrick %i → %j", (fitzpatrick, codes) => {
    expect(screenOf("evidence", request({ fitzpatrick })).items.map((item) => item.code)).toEqual(
      codes,
    );
  });
});

describe("screen: status is the most severe level (contraindicated > defer > refer > caution > ok)", () => {
  it.each([
    [{ pregnant: true, sunburn: true, keloids: true, coldSoreHistory: true }, "contraindicated"],
    [{ sunburn: true, keloids: true, coldSoreHistory: true }, "defer"],
    [{ botoxWithin2Weeks: true, anticoagulants: true }, "defer"],
    [{ keloids: true, coldSoreHistory: true }, "refer"],
    [{ coldSoreHistory: true, activeAcne: "mild" }, "caution"],
    [{}, "ok"],
  ] satisfies [HealthInput, string][])("%j → %s", (answers, status) => {
    const result = screenOf("guideline", request({ health: answers }));
    expect(result.status).toBe(status);
    const order = ["contraindicated", "defer", "refer", "caution"];
    const ranks = result.items.map((item) => order.indexOf(item.level));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it("puts the contraindication first when an under-18 also has deep scars at home", () => {
    const result = screenOf(
      "guideline",
      request({ age: 16, setting: "home", concerns: [acne("deep")] }),
    );
    expect(result.status).toBe("contraindicated");
    expect(result.items.map((item) => [item.code, item.level])).toEqual([
      ["under-18", "contraindicated"],
      ["deep-scars", "refer"],
      ["home-not-suitable", "refer"],
    ]);
  });
});

describe("deferrals: when the plan may start (rules.md §6)", () => {
  it.each([
    {
      name: "isotretinoin stopped 2026-09-15 (guideline: 6 months after the stop date)",
      answers: { today: "2026-12-01", health: { isotretinoin: { stoppedOn: "2026-09-15" } } },
      clearsOn: "2027-03-15",
      earliestStart: "2027-03-15",
    },
    {
      name: "isotretinoin stopped on 31 Aug (6 months clamps to 28 Feb)",
      answers: { today: "2026-12-01", health: { isotretinoin: { stoppedOn: "2026-08-31" } } },
      clearsOn: "2027-02-28",
      earliestStart: "2027-02-28",
    },
    {
      name: "isotretinoin stopped 6 months and 1 day ago is still recent until the next day",
      answers: { today: "2026-12-01", health: { isotretinoin: { stoppedOn: "2026-06-02" } } },
      clearsOn: "2026-12-02",
      earliestStart: "2027-01-04",
    },
    {
      name: "isotretinoin without today counts from the start date",
      answers: { health: { isotretinoin: { stoppedOn: "2026-12-01" } } },
      clearsOn: "2027-06-01",
      earliestStart: "2027-06-01",
    },
    {
      name: "Botox: 14 days from today",
      answers: { today: "2026-12-25", health: { botoxWithin2Weeks: true } },
      clearsOn: "2027-01-08",
      earliestStart: "2027-01-08",
    },
    {
      name: "Botox without today: 14 days from the start date",
      answers: { health: { botoxWithin2Weeks: true } },
      clearsOn: "2027-01-18",
      earliestStart: "2027-01-18",
    },
    {
      name: "Botox long enough before the start date",
      answers: { today: "2026-12-01", health: { botoxWithin2Weeks: true } },
      clearsOn: "2026-12-15",
      earliestStart: "2027-01-04",
    },
    {
      name: "filler: 28 days from today",
      answers: { today: "2026-12-25", health: { fillerWithin4Weeks: true } },
      clearsOn: "2027-01-22",
      earliestStart: "2027-01-22",
    },
    {
      name: "Botox and filler: the later of the two",
      answers: {
        today: "2026-12-25",
        health: { botoxWithin2Weeks: true, fillerWithin4Weeks: true },
      },
      clearsOn: "2027-01-22",
      earliestStart: "2027-01-22",
    },
    {
      name: "today after the start date: counted from today",
      answers: { today: "2027-02-01", health: { botoxWithin2Weeks: true } },
      clearsOn: "2027-02-15",
      earliestStart: "2027-02-15",
    },
  ] satisfies {
    name: string;
    answers: Partial<PlanRequestInput>;
    clearsOn: string;
    earliestStart: string;
  }[])("$name → earliest start $earliestStart", ({ answers, clearsOn, earliestStart }) => {
    const plan = planOf(request(answers));
    expect(plan.status).toBe("defer");
    const deferrals = plan.screening.filter((item) => item.level === "defer");
    expect(
      deferrals
        .map((item) => item.clearsOn)
        .sort()
        .at(-1),
    ).toBe(clearsOn);
    expect(plan.earliestStart).toBe(earliestStart);
    expect(plan.schedule[0]?.date ?? "").not.toBe("");
    expect((plan.schedule[0]?.date ?? "") >= earliestStart).toBe(true);
  });

  it("isotretinoin stopped exactly 6 months ago is no longer recent", () => {
    const plan = planOf(
      request({ today: "2026-12-01", health: { isotretinoin: { stoppedOn: "2026-06-01" } } }),
    );
    expect(plan.screening).toEqual([]);
    expect(plan.status).toBe("ok");
  });

  it("evidence pack: recent isotretinoin is a caution and the plan starts on the start date", () => {
    const plan = planOf(
      request({
        rules: "evidence",
        today: "2026-12-01",
        health: { isotretinoin: { stoppedOn: "2026-09-15" } },
      }),
    );
    expect(plan.status).toBe("caution");
    expect(plan.screening.map((item) => [item.code, item.level])).toEqual([
      ["isotretinoin-recent", "caution"],
    ]);
    expect(plan.earliestStart).toBe("2027-01-04");
    expect(plan.schedule[0]?.date).toBe("2027-01-04");
  });

  it.each([
    ["sunburn (healed, and not before 14 days)", { sunburn: true }, "2027-01-08"],
    ["active cystic acne", { activeAcne: "moderate-severe" }, undefined],
    ["a skin infection", { skinInfection: true }, undefined],
    ["sunburn and Botox", { sunburn: true, botoxWithin2Weeks: true }, "2027-01-08"],
  ] satisfies [string, HealthInput, string | undefined][])(
    "%s: no computable start, so no schedule",
    (_name, answers, notBefore) => {
      const plan = planOf(request({ today: "2026-12-25", health: answers }));
      expect(plan.status).toBe("defer");
      expect(plan.earliestStart).toBeNull();
      expect(plan.schedule).toEqual([]);
      const healing = plan.screening.filter(
        (item) => item.level === "defer" && item.clearsOn === null,
      );
      expect(healing.length).toBeGreaterThan(0);
      expect(plan.screening.find((item) => item.code === "sunburn")?.notBefore).toBe(notBefore);
    },
  );

  it("a deferral that also needs a professional gives no start date and no schedule", () => {
    const plan = planOf(
      request({ today: "2026-12-25", health: { botoxWithin2Weeks: true, keloids: true } }),
    );
    expect(plan.status).toBe("defer");
    expect(plan.earliestStart).toBeNull();
    expect(plan.schedule).toEqual([]);
  });
});

describe("screen: what each status means for the plan", () => {
  it.each([
    ["contraindicated", request({ health: { pregnant: true } }), false],
    ["refer", request({ health: { keloids: true } }), true],
    [
      "refer",
      request({ setting: "home", concerns: [{ concern: "stretch-marks", areas: ["abdomen"] }] }),
      true,
    ],
    ["caution", request({ health: { coldSoreHistory: true } }), true],
  ] as const)(
    "%s (case %#): sessions and interval given, schedule only when not blocked",
    (status, input, numbers) => {
      const plan = planOf(input);
      expect(plan.status).toBe(status);
      expect(plan.sessions !== null).toBe(numbers);
      expect(plan.intervalWeeks !== null).toBe(numbers);
      expect(plan.schedule.length > 0).toBe(status === "caution");
    },
  );

  it("Goodman–Baron grade 1 (macular) alone: refer, no series and no schedule", () => {
    const plan = planOf(
      request({ concerns: [{ concern: "acne-scars", goodmanBaron: 1, areas: ["cheeks"] }] }),
    );
    expect(plan.status).toBe("refer");
    expect(plan.sessions).toBeNull();
    expect(plan.schedule).toEqual([]);
  });
});
