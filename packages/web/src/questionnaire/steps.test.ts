import { describe, expect, it } from "vitest";
import { questionOf, stepsFor } from "./steps";

const request = { concerns: [{ concern: "acne-scars", areas: [] }] };

describe("questionOf", () => {
  it.each([
    ["concerns", "concerns", "q-concerns"],
    ["concerns[0].areas", "concerns", "q-areas-0"],
    ["concerns[0].severity", "severity", "q-severity-0"],
    ["concerns[0].goodmanBaron", "severity", "q-severity-0"],
    ["concerns[1].glogau", "severity", "q-glogau-1"],
    ["age", "age", "q-age"],
    ["fitzpatrick", "skin", "q-fitzpatrick"],
    ["lifestyle.smoker", "lifestyle", "q-lifestyle"],
    ["health.isotretinoin.stoppedOn", "health", "q-isotretinoin-date"],
    ["homeDepthOptIn", "setting", "q-setting"],
    ["startDate", "when", "q-startDate"],
    ["timeZone", "when", "q-timeZone"],
    ["blackouts[2].to", "holidays", "q-blackout-2-to"],
  ])("asks %s on the %s step, at #%s", (path, step, id) => {
    expect(questionOf(path, request)).toMatchObject({ step, id });
  });

  it("names the concern whose areas are missing", () => {
    expect(questionOf("concerns[0].areas", request).error).toBe(
      "Choose at least one area for the acne scars.",
    );
  });
});

describe("stepsFor", () => {
  it("asks about severity only for a concern with a scale", () => {
    expect(stepsFor({ concerns: [{ concern: "glow", areas: ["cheeks"] }] })).not.toContain(
      "severity",
    );
    expect(stepsFor(request)).toContain("severity");
  });
});
