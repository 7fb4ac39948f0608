import { describe, expect, it } from "vitest";
import { loadRulePack } from "./load-rule-pack.js";

const newItem = {
  code: "sunbed-use",
  level: "caution",
  when: [{ fact: "lifestyle", field: "frequentSun", is: true }],
  message: "Sunbed use in the last month.",
  grade: "D",
  sources: ["front-desk"],
};

describe("issues of a pack that extends a shipped pack point at the file", () => {
  it("uses the file's own record indexes and names each record's code", () => {
    const result = loadRulePack({
      id: "harbour",
      version: "1",
      extends: "guideline",
      screening: [{ code: "pregnancy", level: "caution" }, newItem],
    });
    expect(result.ok).toBe(false);
    expect(result.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["unknown-source", "screening[1].sources[0]"],
      ["softened-contraindication", "screening[0].level"],
    ]);
    expect(result.issues[0]?.message).toMatch(/^Record "sunbed-use": /);
    expect(result.issues[1]?.message).toMatch(/^Record "pregnancy": /);
  });

  it("keeps the group as the path for a record only the shipped pack has", () => {
    // Moving the periorbital rule onto the hands makes the shipped "hands" rule overlap it.
    const result = loadRulePack({
      id: "harbour",
      version: "1",
      extends: "evidence",
      depth: { rules: [{ code: "periorbital", areas: ["hands"] }] },
    });
    expect(result.ok).toBe(false);
    const overlap = result.issues.find((issue) => issue.code === "overlapping-depth");
    expect(overlap?.path).toBe("depth.rules");
    expect(overlap?.message).toMatch(/^Record "hands" \(from the evidence pack\): /);
  });
});
