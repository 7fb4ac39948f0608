import { describe, expect, it } from "vitest";
import { buildCheckInChart, buildRatingChart, hasValues, toChartTime } from "./build-chart-data";
import { checkIn, rating, session } from "./journal-fixtures";

describe("buildCheckInChart", () => {
  it("gives one row per day, oldest first, with a column per score", () => {
    const data = buildCheckInChart(
      [
        checkIn("2027-01-06", { redness: 1, flaking: 2 }),
        checkIn("2027-01-05", { redness: 3, swelling: 2, pain: 1 }),
      ],
      [],
    );
    expect(data.days).toEqual(["2027-01-05", "2027-01-06"]);
    expect(data.series.map((s) => [s.label, s.values])).toEqual([
      ["Redness", [3, 1]],
      ["Swelling", [2, 0]],
      ["Pain", [1, 0]],
      ["Flaking", [0, 2]],
    ]);
  });

  it("keeps the last check-in recorded on a day", () => {
    const data = buildCheckInChart(
      [checkIn("2027-01-05", { redness: 3 }, 2), checkIn("2027-01-05", { redness: 1 }, 0)],
      [],
    );
    expect(data.series[0]!.values).toEqual([3]);
  });

  it("adds the session days as rows with no scores, numbered in date order", () => {
    const data = buildCheckInChart(
      [checkIn("2027-01-05", { redness: 2 })],
      [session("2027-03-01"), session("2027-01-04")],
    );
    expect(data.days).toEqual(["2027-01-04", "2027-01-05", "2027-03-01"]);
    expect(data.series[0]!.values).toEqual([null, 2, null]);
    expect([...data.sessions]).toEqual([
      ["2027-01-04", 1],
      ["2027-03-01", 2],
    ]);
  });

  it("has no values with session days alone", () => {
    expect(hasValues(buildCheckInChart([], [session("2027-01-04")]))).toBe(false);
  });
});

describe("buildRatingChart", () => {
  it("gives a series for each rated concern only, with gaps where it was not rated", () => {
    const data = buildRatingChart(
      [
        rating("2027-02-01", "acne-scars", 3),
        rating("2027-03-01", "acne-scars", 5),
        rating("2027-03-01", "fine-lines", 6),
      ],
      [],
    );
    expect(data.days).toEqual(["2027-02-01", "2027-03-01"]);
    expect(data.series.map((s) => [s.key, s.values])).toEqual([
      ["fine-lines", [null, 6]],
      ["acne-scars", [3, 5]],
    ]);
    expect(hasValues(data)).toBe(true);
  });
});

describe("toChartTime", () => {
  it("is midnight UTC of the day, in seconds", () => {
    expect(toChartTime("2027-01-04")).toBe(Date.UTC(2027, 0, 4) / 1000);
  });
});
