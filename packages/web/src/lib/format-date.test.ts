import { describe, expect, it } from "vitest";
import {
  formatDate,
  formatDateLong,
  formatDateNoYear,
  formatDateRange,
  formatDateRangeNoYear,
  formatDayMonth,
  formatMonth,
} from "./format-date";

describe("the date formats", () => {
  it.each([
    ["formatDate", formatDate("2027-02-06"), "Sat 6 Feb 2027"],
    ["formatDateLong", formatDateLong("2027-02-06"), "Saturday 6 February 2027"],
    ["formatDateNoYear", formatDateNoYear("2027-02-06"), "Sat 6 February"],
    ["formatDayMonth", formatDayMonth("2027-02-06"), "6 Feb"],
    ["formatMonth", formatMonth("2027-02"), "February 2027"],
    ["formatDateRange", formatDateRange("2027-01-09", "2027-01-11"), "Sat 9 Jan – Mon 11 Jan 2027"],
    [
      "formatDateRange across years",
      formatDateRange("2026-12-31", "2027-01-02"),
      "Thu 31 Dec 2026 – Sat 2 Jan 2027",
    ],
    ["formatDateRange of one day", formatDateRange("2027-01-09", "2027-01-09"), "Sat 9 Jan 2027"],
    [
      "formatDateRangeNoYear",
      formatDateRangeNoYear("2027-01-09", "2027-01-12"),
      "Sat 9 January to Tue 12 January",
    ],
    [
      "formatDateRangeNoYear of one day",
      formatDateRangeNoYear("2027-01-09", "2027-01-09"),
      "Sat 9 January",
    ],
    ["anything not a date", formatDate("soon"), "soon"],
  ])("%s", (_name, actual, expected) => {
    expect(actual).toBe(expected);
  });
});
