import { describe, expect, it } from "vitest";
import { buildRequestFromFlags, hasPersonFlags } from "./build-request-from-flags.js";
import { PLAN_FLAGS } from "./plan-flags.js";
import { readFlags } from "./read-flags.js";

const fromFlags = (...args: string[]) => buildRequestFromFlags(readFlags(args, PLAN_FLAGS));

describe("buildRequestFromFlags", () => {
  it.each<[string[], Record<string, unknown>]>([
    [
      ["--concern", "glow", "--area", "cheeks"],
      { concerns: [{ concern: "glow", areas: ["cheeks"] }] },
    ],
    [
      ["--concern", "acne-scars:moderate@cheeks,chin"],
      { concerns: [{ concern: "acne-scars", severity: "moderate", areas: ["cheeks", "chin"] }] },
    ],
    [
      ["--concern", "acne-scars:gb3:rolling", "--area", "cheeks"],
      {
        concerns: [
          { concern: "acne-scars", goodmanBaron: 3, scarType: "rolling", areas: ["cheeks"] },
        ],
      },
    ],
    [
      ["--concern", "fine-lines:glogau2@forehead"],
      { concerns: [{ concern: "fine-lines", glogau: 2, areas: ["forehead"] }] },
    ],
    [
      ["--concern", "stretch-marks:red@tummy,thigh"],
      { concerns: [{ concern: "stretch-marks", stage: "red", areas: ["abdomen", "thighs"] }] },
    ],
    [
      [
        "--concern",
        "acne-scars:mild@cheeks",
        "--concern",
        "glow",
        "--area",
        "forehead,nose",
        "--area",
        "chin",
      ],
      {
        concerns: [
          { concern: "acne-scars", severity: "mild", areas: ["cheeks"] },
          { concern: "glow", areas: ["forehead", "nose", "chin"] },
        ],
      },
    ],
    [["--age", "34"], { age: 34 }],
    [["--fitzpatrick", "4"], { fitzpatrick: 4 }],
    [["--fitzpatrick", "IV"], { fitzpatrick: 4 }],
    [["--sensitivity", "reactive"], { sensitivity: "reactive" }],
    [["--setting", "home", "--home-depth-opt-in"], { setting: "home", homeDepthOptIn: true }],
    [
      ["--start", "2027-01-04", "--today", "2026-12-01", "--tz", "Asia/Kathmandu"],
      { startDate: "2027-01-04", today: "2026-12-01", timeZone: "Asia/Kathmandu" },
    ],
    [["--days", "sat,Sunday", "--days", "mon"], { preferredWeekdays: ["sat", "sun", "mon"] }],
    [
      ["--blackout", "2027-02-10..2027-02-20:sun:beach holiday", "--blackout", "2027-03-01"],
      {
        blackouts: [
          { from: "2027-02-10", to: "2027-02-20", sun: true, reason: "beach holiday" },
          { from: "2027-03-01", to: "2027-03-01" },
        ],
      },
    ],
    [
      ["--smoker", "--no-sunscreen", "--frequent-sun"],
      { lifestyle: { smoker: true, dailySunscreen: false, frequentSun: true } },
    ],
    [
      ["--skips-aftercare", "--irregular-routine"],
      { lifestyle: { followsAftercare: false, regularRoutine: false } },
    ],
    [
      ["--health", "pregnant,cold-sore-history", "--health", "keloids"],
      { health: { pregnant: true, coldSoreHistory: true, keloids: true } },
    ],
    [
      ["--isotretinoin", "stopped:2026-09-01"],
      { health: { isotretinoin: { stoppedOn: "2026-09-01" } } },
    ],
    [
      ["--isotretinoin", "current", "--active-acne", "mild"],
      { health: { isotretinoin: "current", activeAcne: "mild" } },
    ],
  ])("%j", (args, request) => {
    const built = fromFlags(...args);
    expect(built.issues).toEqual([]);
    expect(built.request).toEqual(request);
  });

  it("gives no request fields for context flags alone", () => {
    const flags = readFlags(["--format", "json", "--rules", "evidence", "--out", "x"], PLAN_FLAGS);
    expect(hasPersonFlags(flags)).toBe(false);
    expect(buildRequestFromFlags(flags).request).toEqual({});
  });

  it("refuses areas without a concern", () => {
    expect(fromFlags("--area", "cheeks").issues.map((issue) => issue.path)).toEqual(["--area"]);
  });

  it("reports every unreadable value at its flag", () => {
    const built = fromFlags(
      "--concern",
      "acne-scars:red@cheeks,elbow",
      "--age",
      "old",
      "--days",
      "someday",
      "--health",
      "tired",
    );
    expect(built.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["invalid-qualifier", "--concern"],
      ["unknown-area", "--concern"],
      ["invalid-number", "--age"],
      ["invalid-day", "--days"],
      ["unknown-health-flag", "--health"],
    ]);
  });
});
