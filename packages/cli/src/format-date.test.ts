import { describe, expect, it } from "vitest";
import { formatDate, formatMm, formatRange, formatShortDate, formatSpan } from "./format-date.js";

describe("date and number words", () => {
  it.each([
    ["2027-01-04", "Mon 4 Jan 2027"],
    ["2028-02-29", "Tue 29 Feb 2028"],
    ["2026-12-31", "Thu 31 Dec 2026"],
  ])("formatDate(%s) = %s", (date, words) => {
    expect(formatDate(date)).toBe(words);
  });

  it("shortens a date and spans", () => {
    expect(formatShortDate("2027-01-04")).toBe("Mon 4 Jan");
    expect(formatSpan("2027-01-04", "2027-01-04")).toBe("Mon 4 Jan 2027");
    expect(formatSpan("2027-01-04", "2027-01-06")).toBe("Mon 4 – Wed 6 Jan 2027");
    expect(formatSpan("2027-01-30", "2027-02-02")).toBe("Sat 30 Jan – Tue 2 Feb 2027");
    expect(formatSpan("2026-12-30", "2027-01-02")).toBe("Wed 30 Dec 2026 – Sat 2 Jan 2027");
  });

  it("writes depths and ranges", () => {
    expect(formatMm({ min: 1, max: 1.5 })).toBe("1.0–1.5 mm");
    expect(formatMm({ min: 0.25, max: 0.25 })).toBe("0.25 mm");
    expect(formatRange({ min: 4, max: 6 })).toBe("4–6");
    expect(formatRange({ min: 3, max: 3 })).toBe("3");
  });
});
