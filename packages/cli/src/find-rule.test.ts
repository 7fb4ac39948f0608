import { GUIDELINE_PACK, plan } from "@mnplan/core";
import { describe, expect, it } from "vitest";
import { findRules, listRules, suggestRules } from "./find-rule.js";

describe("findRules", () => {
  it("finds every rule a plan cites, by the code the plan gives", () => {
    const made = plan({
      concerns: [{ concern: "acne-scars", severity: "deep", areas: ["cheeks", "abdomen"] }],
      age: 60,
      fitzpatrick: 5,
      setting: "clinic",
      sensitivity: "reactive",
      startDate: "2027-01-04",
      timeZone: "UTC",
      lifestyle: { smoker: true },
    });
    if (!made.ok) throw new Error("plan failed");
    const cited = made.value.explanation
      .map((line) => line.rule)
      .filter((rule) => !rule.startsWith("safety."));
    for (const rule of cited)
      expect(findRules(GUIDELINE_PACK, rule).map((found) => found.rule)).toEqual([rule]);
  });

  it("finds every rule an adapted plan cites, the adapt rules included", () => {
    for (const code of ["slow-reaction", "warning-sign", "slow-progress"]) {
      expect(findRules(GUIDELINE_PACK, `adapt.${code}`).map((found) => found.rule)).toEqual([
        `adapt.${code}`,
      ]);
    }
  });

  it("gives each record once in the listing", () => {
    const rules = listRules(GUIDELINE_PACK).map((found) => found.rule);
    expect(new Set(rules).size).toBe(rules.length);
  });

  it("suggests the closest codes first", () => {
    expect(suggestRules(GUIDELINE_PACK, "sessions.acne")[0]).toBe("sessions.acne-scars.mild");
    expect(suggestRules(GUIDELINE_PACK, "xyz")).toEqual([]);
  });
});
