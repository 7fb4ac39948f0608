import { describe, expect, it } from "vitest";
import { buildCheckInChart, toChartTime } from "./build-chart-data";
import { buildChartOptions } from "./chart-options";
import { checkIn, session } from "./journal-fixtures";

const DAY = 86_400;

function xRange(data: ReturnType<typeof buildCheckInChart>): [number, number] {
  const options = buildChartOptions(
    data,
    { width: 360, height: 200, yMax: 3, yStep: 1 },
    (s) => new Date(s * 1000),
  );
  const range = options.scales?.x?.range as () => [number, number];
  return range();
}

describe("the chart's days", () => {
  it("spans a week around a single day, not the years uPlot would pick", () => {
    const data = buildCheckInChart(
      [checkIn("2027-01-12", { redness: 2 })],
      [session("2027-01-12")],
    );
    const [from, to] = xRange(data);
    expect(to - from).toBe(7 * DAY);
    expect(from).toBeLessThan(toChartTime("2027-01-12"));
    expect(to).toBeGreaterThan(toChartTime("2027-01-12"));
  });

  it("spans every day recorded, with half a day either side", () => {
    const data = buildCheckInChart(
      [checkIn("2027-01-12", { redness: 2 }), checkIn("2027-02-20", { redness: 1 })],
      [session("2027-01-10")],
    );
    expect(xRange(data)).toEqual([
      toChartTime("2027-01-10") - DAY / 2,
      toChartTime("2027-02-20") + DAY / 2,
    ]);
  });
});
