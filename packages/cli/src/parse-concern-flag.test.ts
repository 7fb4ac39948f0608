import { describe, expect, it } from "vitest";
import { parseConcernFlag, readArea } from "./parse-concern-flag.js";

describe("parseConcernFlag", () => {
  it.each([
    ["glow", { concern: "glow" }],
    ["Acne-Scars:Deep", { concern: "acne-scars", severity: "deep" }],
    ["acne-scars:gb4", { concern: "acne-scars", goodmanBaron: 4 }],
    [
      "acne-scars:moderate:ice-pick",
      { concern: "acne-scars", severity: "moderate", scarType: "ice-pick" },
    ],
    ["fine-lines:glogau3", { concern: "fine-lines", glogau: 3 }],
    ["fine-lines:g1", { concern: "fine-lines", glogau: 1 }],
    [
      "stretch-marks:white@back,arms",
      { concern: "stretch-marks", stage: "white", areas: ["back", "arms"] },
    ],
  ])("%s", (value, concern) => {
    expect(parseConcernFlag(value)).toEqual({ concern, issues: [] });
  });

  it.each([
    ["scars", "unknown-concern"],
    ["glow:mild", "invalid-qualifier"],
    ["fine-lines:gb2", "invalid-qualifier"],
    ["acne-scars:gb5", "invalid-qualifier"],
    ["stretch-marks:purple", "invalid-qualifier"],
    ["glow@elbow", "unknown-area"],
  ])("refuses %s (%s)", (value, code) => {
    expect(parseConcernFlag(value).issues.map((issue) => issue.code)).toEqual([code]);
  });

  it.each([
    ["cheeks", "cheeks"],
    ["Chest", "decolletage"],
    ["eyes", "periorbital"],
    ["tummy", "abdomen"],
    ["knee", undefined],
  ])("reads the area %s as %s", (word, area) => {
    expect(readArea(word)).toBe(area);
  });
});
