import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addDays,
  addMonths,
  differenceInDays,
  fromDayNumber,
  isCalendarDate,
  maxDate,
  toDayNumber,
  weekdayOf,
} from "./calendar-date.js";
import {
  refAddDays,
  refAddMonths,
  refDate,
  refDayNumber,
  refDaysBetween,
  refWeekday,
} from "../test/fixtures.js";
import { dateBetween } from "../test/arbitraries.js";

describe("isCalendarDate", () => {
  it.each([
    ["2027-01-04", true],
    ["2028-02-29", true],
    ["2000-02-29", true],
    ["2027-12-31", true],
    ["1900-01-01", true],
    ["2999-12-31", true],
    ["2027-02-29", false],
    ["2100-02-29", false],
    ["1900-02-29", false],
    ["2027-02-30", false],
    ["2027-04-31", false],
    ["2027-13-01", false],
    ["2027-00-10", false],
    ["2027-01-00", false],
    ["2027-1-4", false],
    ["27-01-04", false],
    ["2027/01/04", false],
    ["2027-01-04T00:00", false],
    [" 2027-01-04", false],
    ["", false],
    ["1899-12-31", false],
    ["3000-01-01", false],
  ])("%s → %s", (value, expected) => {
    expect(isCalendarDate(value)).toBe(expected);
  });

  it("agrees with Date.UTC on every day of 1999–2031, and on impossible days", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1999, max: 2031 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (year, month, day) => {
          const text = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
          const real = new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day;
          expect(isCalendarDate(text)).toBe(real);
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe("addDays", () => {
  it.each([
    ["2027-02-27", 2, "2027-03-01"],
    ["2028-02-28", 1, "2028-02-29"],
    ["2028-02-29", 1, "2028-03-01"],
    ["2026-12-31", 1, "2027-01-01"],
    ["2027-01-01", -1, "2026-12-31"],
    ["2027-03-01", -1, "2027-02-28"],
    ["2027-01-04", 0, "2027-01-04"],
    ["2027-01-04", 365, "2028-01-04"],
    ["2028-01-04", 366, "2029-01-04"],
    // Daylight-saving days are ordinary calendar days.
    ["2027-03-27", 1, "2027-03-28"],
    ["2027-10-30", 2, "2027-11-01"],
  ])("addDays(%s, %i) = %s", (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it("matches a Date.UTC reference, and differenceInDays undoes it", () => {
    fc.assert(
      fc.property(
        dateBetween("1950-01-01", "2990-12-31"),
        fc.integer({ min: -4000, max: 4000 }),
        (date, days) => {
          const later = addDays(date, days);
          expect(later).toBe(refAddDays(date, days));
          expect(differenceInDays(later, date)).toBe(days);
        },
      ),
      { numRuns: 5000 },
    );
  });
});

describe("addMonths", () => {
  it.each([
    ["2027-01-31", 1, "2027-02-28"],
    ["2028-01-31", 1, "2028-02-29"],
    ["2027-08-31", 6, "2028-02-29"],
    ["2026-08-31", 6, "2027-02-28"],
    ["2027-03-31", 1, "2027-04-30"],
    ["2027-05-31", -1, "2027-04-30"],
    ["2028-02-29", 12, "2029-02-28"],
    ["2028-02-29", 48, "2032-02-29"],
    ["2099-02-28", 12, "2100-02-28"],
    ["2027-12-15", 1, "2028-01-15"],
    ["2027-01-15", -1, "2026-12-15"],
    ["2027-06-15", 0, "2027-06-15"],
    ["2027-01-30", 13, "2028-02-29"],
  ])("addMonths(%s, %i) = %s", (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it("matches a Date.UTC reference that clamps to the month's last day", () => {
    fc.assert(
      fc.property(
        dateBetween("1950-01-01", "2950-12-31"),
        fc.integer({ min: -240, max: 240 }),
        (date, months) => {
          expect(addMonths(date, months)).toBe(refAddMonths(date, months));
        },
      ),
      { numRuns: 5000 },
    );
  });
});

describe("weekdayOf", () => {
  it.each([
    ["1970-01-01", "thu"],
    ["2027-01-04", "mon"],
    ["2027-01-09", "sat"],
    ["2027-01-10", "sun"],
    ["2028-02-29", "tue"],
    ["2000-01-01", "sat"],
    ["1969-12-31", "wed"],
  ])("%s is a %s", (date, weekday) => {
    expect(weekdayOf(date)).toBe(weekday);
  });

  it("matches Date#getUTCDay", () => {
    fc.assert(
      fc.property(dateBetween("1900-01-01", "2999-12-31"), (date) => {
        expect(weekdayOf(date)).toBe(refWeekday(date));
      }),
      { numRuns: 3000 },
    );
  });
});

describe("differenceInDays", () => {
  it.each([
    ["2027-03-01", "2027-02-28", 1],
    ["2028-03-01", "2028-02-28", 2],
    ["2027-01-04", "2027-01-04", 0],
    ["2027-01-04", "2027-02-01", -28],
    ["2028-01-01", "2027-01-01", 365],
    ["2029-01-01", "2028-01-01", 366],
  ])("%s − %s = %i days", (later, earlier, expected) => {
    expect(differenceInDays(later, earlier)).toBe(expected);
  });

  it("matches Date.UTC differences", () => {
    fc.assert(
      fc.property(
        dateBetween("1900-01-01", "2999-12-31"),
        dateBetween("1900-01-01", "2999-12-31"),
        (a, b) => {
          expect(differenceInDays(a, b)).toBe(refDaysBetween(a, b));
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe("day numbers", () => {
  it("round-trip through dates and agree with Date.UTC", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: refDayNumber("1900-01-01"), max: refDayNumber("2999-12-31") }),
        (day) => {
          expect(fromDayNumber(day)).toBe(refDate(day));
          expect(toDayNumber(fromDayNumber(day))).toBe(day);
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe("maxDate", () => {
  it.each([
    ["2027-01-04", "2026-12-01", "2027-01-04"],
    ["2026-12-01", "2027-01-04", "2027-01-04"],
    ["2027-01-04", "2027-01-04", "2027-01-04"],
  ])("maxDate(%s, %s) = %s", (a, b, expected) => {
    expect(maxDate(a, b)).toBe(expected);
  });
});

// A deliberately plain reference, independent of the day-number formulas: whole years, then whole
// months, counted from 1970-01-01.
const isLeapYear = (year: number): boolean =>
  (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const monthLength = (year: number, month: number): number =>
  month === 2 && isLeapYear(year) ? 29 : (MONTH_LENGTHS[month - 1] ?? 0);
const yearLength = (year: number): number => (isLeapYear(year) ? 366 : 365);

function plainDayNumber(year: number, month: number, day: number): number {
  let days = day - 1;
  for (let y = 1970; y < year; y++) days += yearLength(y);
  for (let y = year; y < 1970; y++) days -= yearLength(y);
  for (let m = 1; m < month; m++) days += monthLength(year, m);
  return days;
}

const plainText = (year: number, month: number, day: number): string =>
  `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;

describe("day numbers against a plain day count", () => {
  it("agree on every day of years 1 to 9999, and addDays steps over every month and year end", () => {
    const mismatches: string[] = [];
    let year = 1;
    let month = 1;
    let day = 1;
    let previous: string | undefined;
    for (let days = plainDayNumber(1, 1, 1); year <= 9999; days++) {
      const text = plainText(year, month, day);
      if (fromDayNumber(days) !== text) mismatches.push(`fromDayNumber(${days}) ≠ ${text}`);
      if (toDayNumber(text) !== days) mismatches.push(`toDayNumber(${text}) ≠ ${days}`);
      if (previous !== undefined && addDays(previous, 1) !== text)
        mismatches.push(`addDays(${previous}, 1) ≠ ${text}`);
      if (mismatches.length > 10) break;
      previous = text;
      day++;
      if (day > monthLength(year, month)) {
        day = 1;
        month++;
        if (month > 12) {
          month = 1;
          year++;
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  it("addDays and differenceInDays match the plain count far apart, across leap and century years", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 9000 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        fc.integer({ min: -300_000, max: 300_000 }),
        (year, month, rawDay, offset) => {
          const day = Math.min(rawDay, monthLength(year, month));
          const date = plainText(year, month, day);
          const later = addDays(date, offset);
          const target = plainDayNumber(year, month, day) + offset;
          expect(toDayNumber(later)).toBe(target);
          expect(differenceInDays(later, date)).toBe(offset);
          const [y, m, d] = later.split("-").map(Number) as [number, number, number];
          expect(later).toBe(plainText(y, m, d));
          expect(d).toBeLessThanOrEqual(monthLength(y, m));
          expect(plainDayNumber(y, m, d)).toBe(target);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it.each([
    ["1899-12-31", 1, "1900-01-01"],
    ["1900-02-28", 1, "1900-03-01"],
    ["2000-02-28", 1, "2000-02-29"],
    ["2100-02-28", 1, "2100-03-01"],
    ["1999-12-31", 1, "2000-01-01"],
    ["2400-02-29", 1, "2400-03-01"],
    ["1000-01-01", -1, "0999-12-31"],
    ["9999-12-31", 1, "10000-01-01"],
  ])("addDays(%s, %i) = %s", (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it("reads a loosely written date the way the field-by-field reading did", () => {
    // Not calendar dates, but toDayNumber has always read the fields with Number(); keep that.
    expect(toDayNumber("2027/01/04")).toBe(toDayNumber("2027-01-04"));
    expect(toDayNumber(" 027-01-04")).toBe(toDayNumber("0027-01-04"));
    expect(toDayNumber("2027-1-04")).toBeNaN();
    expect(fromDayNumber(Number.NaN)).toBe("0NaN-NaN-NaN");
  });
});
