import { describe, expect, it } from "vitest";
import { parseBlackoutFlag } from "./parse-blackout-flag.js";

describe("parseBlackoutFlag", () => {
  it.each([
    ["2027-02-10..2027-02-20", { from: "2027-02-10", to: "2027-02-20" }],
    ["2027-02-10", { from: "2027-02-10", to: "2027-02-10" }],
    ["2027-02-10..2027-02-20:sun", { from: "2027-02-10", to: "2027-02-20", sun: true }],
    [
      "2027-02-10..2027-02-20:sun:beach holiday",
      { from: "2027-02-10", to: "2027-02-20", sun: true, reason: "beach holiday" },
    ],
    [
      "2027-02-10..2027-02-20:ski trip:sun",
      { from: "2027-02-10", to: "2027-02-20", sun: true, reason: "ski trip" },
    ],
    [
      "2027-02-10..2027-02-20:work: 9:00 meetings",
      { from: "2027-02-10", to: "2027-02-20", reason: "work: 9:00 meetings" },
    ],
  ])("%s", (value, blackout) => {
    expect(parseBlackoutFlag(value)).toEqual({ blackout, issues: [] });
  });

  it.each(["10/02/2027", "2027-02-10..", "2027-02-10...2027-02-20", "soon"])(
    "refuses %s",
    (value) => {
      expect(parseBlackoutFlag(value).issues.map((issue) => [issue.code, issue.path])).toEqual([
        ["invalid-blackout", "--blackout"],
      ]);
    },
  );
});
