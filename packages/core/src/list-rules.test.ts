import { describe, expect, it } from "vitest";
import { findRule, listRules, RULE_GROUPS } from "./list-rules.js";
import { EVIDENCE_PACK } from "./packs/evidence.js";
import { GUIDELINE_PACK } from "./packs/guideline.js";

describe("listRules / findRule", () => {
  it.each([
    ["sessions.acne-scars.deep", "B"],
    ["interval.window", "B"],
    ["prep.stop-retinoids", "C"],
    ["adapt.slow-reaction", "C"],
    ["session-day.session-day", "C"],
  ])("finds %s (grade %s) in the guideline pack", (rule, grade) => {
    expect(findRule(GUIDELINE_PACK, rule)?.record.grade).toBe(grade);
  });

  it.each(["sessions.nope", "nowhere.window", "safety.min-spacing", "window"])(
    "finds nothing for %s",
    (rule) => {
      expect(findRule(GUIDELINE_PACK, rule)).toBeUndefined();
    },
  );

  it("lists every record once, in every group, and each listed rule is found again", () => {
    for (const pack of [GUIDELINE_PACK, EVIDENCE_PACK]) {
      const entries = listRules(pack);
      expect(new Set(entries.map((entry) => entry.rule)).size).toBe(entries.length);
      expect(new Set(entries.map((entry) => entry.group))).toEqual(new Set(RULE_GROUPS));
      for (const entry of entries) expect(findRule(pack, entry.rule)?.record).toBe(entry.record);
    }
  });
});
