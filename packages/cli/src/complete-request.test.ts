import { describe, expect, it } from "vitest";
import { completeRequest, mergeRequests } from "./complete-request.js";

const context = { now: Date.UTC(2026, 11, 31, 23, 30), defaultZone: () => "Europe/London" };

describe("completeRequest", () => {
  it("fills the zone, today in that zone and the start date", () => {
    expect(completeRequest({ age: 30 }, context)).toEqual({
      age: 30,
      timeZone: "Europe/London",
      today: "2026-12-31",
      startDate: "2026-12-31",
    });
  });

  it("counts today in the request's own zone", () => {
    expect(completeRequest({ timeZone: "Asia/Tokyo" }, context)).toMatchObject({
      today: "2027-01-01",
      startDate: "2027-01-01",
    });
  });

  it("keeps what the request gives", () => {
    const given = { timeZone: "UTC", today: "2026-06-01", startDate: "2027-01-04" };
    expect(completeRequest(given, context)).toEqual(given);
  });

  it("starts on the given today when only the start date is missing", () => {
    expect(completeRequest({ today: "2026-06-01" }, context)).toMatchObject({
      startDate: "2026-06-01",
    });
  });

  it("leaves a request that is not an object for the request check to refuse", () => {
    expect(completeRequest([1, 2], context)).toEqual([1, 2]);
    expect(completeRequest(null, context)).toBeNull();
  });

  it("still fills dates when the zone is wrong, so that only the zone is reported", () => {
    expect(completeRequest({ timeZone: "Mars/Olympus" }, context)).toMatchObject({
      today: "2026-12-31",
      startDate: "2026-12-31",
    });
  });
});

describe("mergeRequests", () => {
  it("lays flags over a file, merging lifestyle and health answer by answer", () => {
    const file = { age: 30, lifestyle: { smoker: true }, health: { keloids: true } };
    const flags = { age: 40, lifestyle: { frequentSun: true }, health: { pregnant: true } };
    expect(mergeRequests(file, flags)).toEqual({
      age: 40,
      lifestyle: { smoker: true, frequentSun: true },
      health: { keloids: true, pregnant: true },
    });
  });

  it("leaves the file alone without flags, and a non-object for the check to refuse", () => {
    expect(mergeRequests({ age: 30 }, {})).toEqual({ age: 30 });
    expect(mergeRequests("text", { age: 40 })).toBe("text");
  });
});
