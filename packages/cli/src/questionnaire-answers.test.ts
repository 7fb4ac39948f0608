import { parsePlanRequest } from "@mnplan/core";
import { describe, expect, it } from "vitest";
import { buildRequestFromAnswers, type QuestionnaireAnswers } from "./questionnaire-answers.js";

const ANSWERS: QuestionnaireAnswers = {
  concerns: [{ concern: "acne-scars", areas: ["cheeks"], acneGrade: "moderate" }],
  age: 34,
  fitzpatrick: 4,
  sensitivity: "normal",
  habits: [],
  health: [],
  setting: "clinic",
  homeDepthOptIn: false,
  startDate: "2027-01-04",
  preferredWeekdays: [],
  blackouts: [],
  today: "2026-12-01",
  timeZone: "Europe/London",
};

describe("buildRequestFromAnswers", () => {
  it("turns plain answers into a valid request with the favourable defaults spelled out", () => {
    const request = buildRequestFromAnswers(ANSWERS);
    expect(request).toEqual({
      concerns: [{ concern: "acne-scars", severity: "moderate", areas: ["cheeks"] }],
      age: 34,
      fitzpatrick: 4,
      sensitivity: "normal",
      setting: "clinic",
      homeDepthOptIn: false,
      lifestyle: {
        smoker: false,
        dailySunscreen: true,
        frequentSun: false,
        followsAftercare: true,
        regularRoutine: true,
      },
      health: { isotretinoin: "never", activeAcne: "none" },
      startDate: "2027-01-04",
      today: "2026-12-01",
      timeZone: "Europe/London",
    });
    expect(parsePlanRequest(request).ok).toBe(true);
  });

  it.each<[Partial<QuestionnaireAnswers>, Record<string, unknown>]>([
    [
      { concerns: [{ concern: "acne-scars", areas: ["cheeks"], acneGrade: "flat" }] },
      { concerns: [{ concern: "acne-scars", goodmanBaron: 1, areas: ["cheeks"] }] },
    ],
    [
      {
        concerns: [
          { concern: "acne-scars", areas: ["chin"], acneGrade: "deep", scarType: "ice-pick" },
        ],
      },
      {
        concerns: [
          { concern: "acne-scars", severity: "deep", scarType: "ice-pick", areas: ["chin"] },
        ],
      },
    ],
    [
      { concerns: [{ concern: "fine-lines", areas: ["forehead"], glogau: 2 }] },
      { concerns: [{ concern: "fine-lines", glogau: 2, areas: ["forehead"] }] },
    ],
    [
      { concerns: [{ concern: "stretch-marks", areas: ["abdomen"], stage: "white" }] },
      { concerns: [{ concern: "stretch-marks", stage: "white", areas: ["abdomen"] }] },
    ],
    [
      { habits: ["smoker", "no-sunscreen"] },
      {
        lifestyle: {
          smoker: true,
          dailySunscreen: false,
          frequentSun: false,
          followsAftercare: true,
          regularRoutine: true,
        },
      },
    ],
    [
      { habits: ["frequent-sun", "skips-aftercare", "irregular-routine"] },
      {
        lifestyle: {
          smoker: false,
          dailySunscreen: true,
          frequentSun: true,
          followsAftercare: false,
          regularRoutine: false,
        },
      },
    ],
    [
      { health: ["pregnant", "keloids"] },
      { health: { pregnant: true, keloids: true, isotretinoin: "never", activeAcne: "none" } },
    ],
    [
      { health: ["isotretinoin-recent"], isotretinoinStoppedOn: "2026-09-01" },
      { health: { isotretinoin: { stoppedOn: "2026-09-01" }, activeAcne: "none" } },
    ],
    [
      {
        health: ["isotretinoin-recent", "isotretinoin-current"],
        isotretinoinStoppedOn: "2026-09-01",
      },
      { health: { isotretinoin: "current", activeAcne: "none" } },
    ],
    [
      { health: ["acne-mild", "acne-moderate-severe"] },
      { health: { isotretinoin: "never", activeAcne: "moderate-severe" } },
    ],
    [
      { setting: "home", homeDepthOptIn: true },
      { setting: "home", homeDepthOptIn: true },
    ],
    [
      { setting: "clinic", homeDepthOptIn: true },
      { setting: "clinic", homeDepthOptIn: false },
    ],
    [{ preferredWeekdays: ["sat", "sun"] }, { preferredWeekdays: ["sat", "sun"] }],
    [
      { blackouts: [{ from: "2027-02-10", to: "2027-02-20", sun: true, reason: "beach" }] },
      { blackouts: [{ from: "2027-02-10", to: "2027-02-20", sun: true, reason: "beach" }] },
    ],
  ])("%j", (change, expected) => {
    const request = buildRequestFromAnswers({ ...ANSWERS, ...change });
    expect(request).toMatchObject(expected);
    expect(parsePlanRequest(request).ok).toBe(true);
  });

  it("leaves out preferred days and blackouts when none are given", () => {
    const request = buildRequestFromAnswers(ANSWERS);
    expect(request).not.toHaveProperty("preferredWeekdays");
    expect(request).not.toHaveProperty("blackouts");
  });
});
