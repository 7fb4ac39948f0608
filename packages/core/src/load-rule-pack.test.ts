import { describe, expect, it } from "vitest";
import { loadRulePack, SHIPPED_PACKS } from "./load-rule-pack.js";
import { mergePack } from "./merge-pack.js";
import { EVIDENCE_PACK } from "./packs/evidence.js";
import { GUIDELINE_PACK } from "./packs/guideline.js";
import { plan } from "./plan.js";
import type { RulePack } from "./rule-pack-schema.js";
import { planOf, refAddDays, refDaysBetween, request, withPack } from "../test/fixtures.js";

function load(input: unknown): RulePack {
  const result = loadRulePack(input);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

const clinic = {
  id: "harbour-clinic",
  extends: "evidence",
  version: "1.0.0",
  name: "Harbour Clinic protocol",
  sources: { "harbour-2026": "Harbour Clinic treatment protocol HC-MN-01." },
  interval: { defaultWeeks: 5, sources: ["2", "3", "harbour-2026"] },
  prep: [{ code: "stop-retinoids", daysBefore: 7, sources: ["guideline", "harbour-2026"] }],
  aftercare: [
    {
      code: "follow-up-call",
      fromDay: 2,
      toDay: 2,
      kind: "do",
      setting: "clinic",
      text: "A nurse phones you two days after the session.",
      grade: "D",
      sources: ["harbour-2026"],
    },
  ],
  screening: [
    { code: "isotretinoin-recent", level: "refer", sources: ["11", "harbour-2026"] },
    {
      code: "age-60-plus",
      level: "caution",
      when: [{ fact: "age", atLeast: 60 }],
      message: "At 60 and over the skin heals more slowly.",
      grade: "D",
      sources: ["harbour-2026"],
    },
  ],
};

describe("loadRulePack: a pack that extends a shipped one", () => {
  const pack = load(clinic);

  it("keeps the base's records and changes only what it names, field by field", () => {
    expect(pack.id).toBe("harbour-clinic");
    expect(pack.name).toBe("Harbour Clinic protocol");
    expect(pack.interval).toEqual({
      ...EVIDENCE_PACK.interval,
      defaultWeeks: 5,
      sources: ["2", "3", "harbour-2026"],
    });
    const stop = pack.prep.find((rule) => rule.code === "stop-retinoids");
    const base = EVIDENCE_PACK.prep.find((rule) => rule.code === "stop-retinoids");
    expect(stop).toEqual({ ...base, daysBefore: 7, sources: ["guideline", "harbour-2026"] });
    expect(pack.sessions).toEqual(EVIDENCE_PACK.sessions);
    expect(pack.screening.map((rule) => rule.code)).toEqual([
      ...EVIDENCE_PACK.screening.map((rule) => rule.code),
      "age-60-plus",
    ]);
    expect(pack.aftercare.at(-1)?.code).toBe("follow-up-call");
    expect(pack.sources).toMatchObject({
      ...EVIDENCE_PACK.sources,
      "harbour-2026": clinic.sources["harbour-2026"],
    });
  });

  it("equals mergePack of the shipped base, and validates", () => {
    const { extends: base, ...overrides } = clinic;
    expect(mergePack(SHIPPED_PACKS[base as "evidence"], overrides)).toEqual(pack);
  });

  it("plans with the clinic's numbers and still keeps the 4-week minimum", () => {
    const result = planOf(
      request({
        rules: "harbour-clinic",
        concerns: [{ concern: "acne-scars", severity: "moderate", areas: ["cheeks"] }],
      }),
      withPack(pack),
    );
    expect(result.rules).toEqual({
      id: "harbour-clinic",
      version: "1.0.0",
      name: "Harbour Clinic protocol",
    });
    expect(result.intervalWeeks).toEqual({ min: 4, max: 6, recommended: 5 });
    expect(result.minDaysBetweenSessions).toBe(28);
    expect(result.schedule.slice(1).map((s) => s.daysSincePrevious)).toEqual([35, 35, 35]);
    const first = result.schedule[0];
    if (!first) throw new Error("expected a schedule");
    const stop = first.prep.find((step) => step.code === "stop-retinoids");
    expect(refDaysBetween(first.date, stop?.date ?? "")).toBe(7);
    expect(
      first.aftercare
        .filter((step) => step.code === "follow-up-call")
        .map((step) => [step.from, step.to]),
    ).toEqual([[refAddDays(first.date, 2), refAddDays(first.date, 2)]]);
    expect(result.explanation.map((line) => line.rule)).toContain("aftercare.follow-up-call");
    expect(
      result.explanation.find((line) => line.rule === "interval.window")?.sources.join(" "),
    ).toContain("Harbour Clinic");
  });

  it("applies the clinic's own screening: recent isotretinoin is referred, 60+ gets a caution", () => {
    const referred = planOf(
      request({
        rules: "harbour-clinic",
        today: "2026-12-01",
        health: { isotretinoin: { stoppedOn: "2026-10-01" } },
      }),
      withPack(pack),
    );
    expect(referred.status).toBe("refer");
    expect(referred.schedule).toEqual([]);
    const older = planOf(request({ rules: "harbour-clinic", age: 64 }), withPack(pack));
    expect(older.screening.map((item) => [item.code, item.level])).toEqual([
      ["age-60-plus", "caution"],
    ]);
  });

  it("still contraindicates what the shipped packs contraindicate", () => {
    const result = planOf(
      request({ rules: "harbour-clinic", health: { breastfeeding: true } }),
      withPack(pack),
    );
    expect(result.status).toBe("contraindicated");
    expect(result.schedule).toEqual([]);
  });

  it("is unknown to plan() unless the caller passes it", () => {
    const result = plan(request({ rules: "harbour-clinic" }));
    expect(result.ok).toBe(false);
    expect(result.issues.map(({ code, path }) => ({ code, path }))).toEqual([
      { code: "unknown-rule-pack", path: "rules" },
    ]);
  });

  it("a caller's pack cannot take over a shipped id through plan options", () => {
    expect(loadRulePack({ ...clinic, id: "evidence" }).ok).toBe(false);
  });
});

describe("loadRulePack: a complete pack", () => {
  it("loads a full copy of a shipped pack under a new id", () => {
    const pack = load({ ...structuredClone(GUIDELINE_PACK), id: "copy" });
    expect({ ...pack, id: GUIDELINE_PACK.id }).toEqual(GUIDELINE_PACK);
  });

  it("refuses a partial pack that does not extend anything, naming each missing part", () => {
    const result = loadRulePack({ id: "partial", version: "1", interval: { defaultWeeks: 5 } });
    expect(result.ok).toBe(false);
    const paths = result.issues.map((issue) => issue.path);
    expect(paths).toEqual(
      expect.arrayContaining(["name", "sessions", "depth", "home", "screening"]),
    );
  });
});

describe("mergePack", () => {
  it("replaces plain fields, merges nested objects and records by code, and appends new records", () => {
    const merged = mergePack(GUIDELINE_PACK, {
      version: "9",
      interval: { weeks: { max: 8 } },
      milestones: [
        { code: "smoother", after: "P4W" },
        {
          code: "late",
          after: "P9M",
          anchor: "last-session",
          text: "Late.",
          grade: "C",
          sources: ["guideline"],
        },
      ],
    });
    expect(merged.version).toBe("9");
    expect(merged.interval.weeks).toEqual({ min: 4, max: 8 });
    expect(merged.interval.defaultWeeks).toBe(GUIDELINE_PACK.interval.defaultWeeks);
    expect(merged.milestones.map((rule) => [rule.code, rule.after])).toEqual([
      ["brighter", "P1W"],
      ["smoother", "P4W"],
      ["deeper-change", "P0D"],
      ["late", "P9M"],
    ]);
    expect(merged.milestones[1]?.text).toBe(GUIDELINE_PACK.milestones[1]?.text);
    // The base is untouched.
    expect(GUIDELINE_PACK.interval.weeks).toEqual({ min: 4, max: 6 });
    expect(GUIDELINE_PACK.milestones).toHaveLength(3);
  });

  it("the evidence pack is the guideline with the evidence overrides", () => {
    expect(EVIDENCE_PACK.id).toBe("evidence");
    expect(EVIDENCE_PACK.screening.map((rule) => rule.code)).toEqual(
      GUIDELINE_PACK.screening.map((rule) => rule.code),
    );
    expect(EVIDENCE_PACK.depth).toEqual(GUIDELINE_PACK.depth);
    expect(EVIDENCE_PACK.prep).toEqual(GUIDELINE_PACK.prep);
  });
});
