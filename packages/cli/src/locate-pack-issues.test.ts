import { describe, expect, it } from "vitest";
import { errorIssue } from "@mnplan/core";
import { locatePackIssues } from "./locate-pack-issues.js";

const RAW = {
  id: "x",
  extends: "guideline",
  screening: [{ code: "pregnancy" }, { code: "new-item" }],
};

describe("locatePackIssues", () => {
  it("points merged paths at the file's own records", () => {
    const issues = [
      errorIssue("e", "screening[31].sources[0]", "m"),
      errorIssue("e", "screening[0].level", "m"),
    ];
    expect(locatePackIssues(issues, RAW).map((issue) => issue.path)).toEqual([
      "screening[1].sources[0] (code new-item)",
      "screening[0].level (code pregnancy)",
    ]);
  });

  it("says when a record comes only from the shipped pack", () => {
    expect(locatePackIssues([errorIssue("e", "prep[2].daysBefore", "m")], RAW)[0]?.path).toBe(
      "prep[2].daysBefore (code stop-retinoids, from the guideline pack)",
    );
  });

  it("leaves other paths, and complete packs, alone", () => {
    const issues = [errorIssue("e", "home.maxMm", "m"), errorIssue("e", "screening[0].level", "m")];
    expect(locatePackIssues(issues, RAW)[0]?.path).toBe("home.maxMm");
    expect(locatePackIssues(issues, { id: "full" })).toEqual(issues);
  });
});
