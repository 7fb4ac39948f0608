import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isTimeZone, todayInZone } from "./time-zone.js";
import { refDate } from "../test/fixtures.js";

const MINUTE = 60_000;
const utc = (y: number, m: number, d: number, h: number, min: number): number =>
  Date.UTC(y, m - 1, d, h, min);

describe("todayInZone", () => {
  // Each row is an instant given in UTC and the calendar date a person in the zone sees. The local
  // wall time is worked out by hand in the comment; rows come in pairs one minute either side of
  // local midnight.
  it.each([
    // UTC+14: local midnight of 2 Jan is 10:00 UTC on 1 Jan.
    ["Pacific/Kiritimati", utc(2027, 1, 1, 9, 59), "2027-01-01"],
    ["Pacific/Kiritimati", utc(2027, 1, 1, 10, 0), "2027-01-02"],
    ["Pacific/Kiritimati", utc(2026, 12, 31, 10, 0), "2027-01-01"],
    // UTC−11: local midnight of 1 Jan is 11:00 UTC on 1 Jan.
    ["Pacific/Pago_Pago", utc(2027, 1, 1, 10, 59), "2026-12-31"],
    ["Pacific/Pago_Pago", utc(2027, 1, 1, 11, 0), "2027-01-01"],
    // UTC−12 (the POSIX sign is inverted): local midnight of 1 Jan is 12:00 UTC on 1 Jan.
    ["Etc/GMT+12", utc(2027, 1, 1, 11, 59), "2026-12-31"],
    ["Etc/GMT+12", utc(2027, 1, 1, 12, 0), "2027-01-01"],
    // At the same instant, +14 and −12 see dates two days apart.
    ["Pacific/Kiritimati", utc(2027, 1, 1, 11, 30), "2027-01-02"],
    ["Etc/GMT+12", utc(2027, 1, 1, 11, 30), "2026-12-31"],
    // UTC+5:45: local midnight of 1 Jan is 18:15 UTC on 31 Dec.
    ["Asia/Kathmandu", utc(2026, 12, 31, 18, 14), "2026-12-31"],
    ["Asia/Kathmandu", utc(2026, 12, 31, 18, 15), "2027-01-01"],
    // UTC+5:30: local midnight of 1 Jan is 18:30 UTC on 31 Dec.
    ["Asia/Kolkata", utc(2026, 12, 31, 18, 29), "2026-12-31"],
    ["Asia/Kolkata", utc(2026, 12, 31, 18, 30), "2027-01-01"],
    // Lord Howe in summer (+11): local midnight of 1 Jan is 13:00 UTC on 31 Dec.
    ["Australia/Lord_Howe", utc(2026, 12, 31, 12, 59), "2026-12-31"],
    ["Australia/Lord_Howe", utc(2026, 12, 31, 13, 0), "2027-01-01"],
    // Lord Howe in winter (+10:30): local midnight of 1 Jul is 13:30 UTC on 30 Jun.
    ["Australia/Lord_Howe", utc(2027, 6, 30, 13, 29), "2027-06-30"],
    ["Australia/Lord_Howe", utc(2027, 6, 30, 13, 30), "2027-07-01"],
    // Lord Howe's half-hour DST ends on Sun 4 Apr 2027 (02:00 → 01:30): 4 Apr starts at +11, 5 Apr at +10:30.
    ["Australia/Lord_Howe", utc(2027, 4, 3, 12, 59), "2027-04-03"],
    ["Australia/Lord_Howe", utc(2027, 4, 3, 13, 0), "2027-04-04"],
    ["Australia/Lord_Howe", utc(2027, 4, 4, 13, 29), "2027-04-04"],
    ["Australia/Lord_Howe", utc(2027, 4, 4, 13, 30), "2027-04-05"],
    // …and starts on Sun 4 Oct 2026 (02:00 → 02:30): 4 Oct starts at +10:30, 5 Oct at +11.
    ["Australia/Lord_Howe", utc(2026, 10, 3, 13, 29), "2026-10-03"],
    ["Australia/Lord_Howe", utc(2026, 10, 3, 13, 30), "2026-10-04"],
    ["Australia/Lord_Howe", utc(2026, 10, 4, 12, 59), "2026-10-04"],
    ["Australia/Lord_Howe", utc(2026, 10, 4, 13, 0), "2026-10-05"],
    // Chatham in summer (+13:45): local midnight of 1 Jan is 10:15 UTC on 31 Dec.
    ["Pacific/Chatham", utc(2026, 12, 31, 10, 14), "2026-12-31"],
    ["Pacific/Chatham", utc(2026, 12, 31, 10, 15), "2027-01-01"],
    // Chatham in winter (+12:45): local midnight of 1 Jul is 11:15 UTC on 30 Jun.
    ["Pacific/Chatham", utc(2027, 6, 30, 11, 14), "2027-06-30"],
    ["Pacific/Chatham", utc(2027, 6, 30, 11, 15), "2027-07-01"],
    // Newfoundland (−3:30 in winter): local midnight of 1 Jan is 03:30 UTC.
    ["America/St_Johns", utc(2027, 1, 1, 3, 29), "2026-12-31"],
    ["America/St_Johns", utc(2027, 1, 1, 3, 30), "2027-01-01"],
    // London: GMT in winter; BST from 01:00 UTC on Sun 28 Mar 2027, so 29 Mar starts at 23:00 UTC.
    ["Europe/London", utc(2026, 12, 31, 23, 59), "2026-12-31"],
    ["Europe/London", utc(2027, 1, 1, 0, 0), "2027-01-01"],
    ["Europe/London", utc(2027, 3, 28, 22, 59), "2027-03-28"],
    ["Europe/London", utc(2027, 3, 28, 23, 0), "2027-03-29"],
    // BST ends on Sun 31 Oct 2027: 31 Oct starts at 23:00 UTC on 30 Oct, 1 Nov at 00:00 UTC.
    ["Europe/London", utc(2027, 10, 30, 22, 59), "2027-10-30"],
    ["Europe/London", utc(2027, 10, 30, 23, 0), "2027-10-31"],
    ["Europe/London", utc(2027, 10, 31, 23, 59), "2027-10-31"],
    ["Europe/London", utc(2027, 11, 1, 0, 0), "2027-11-01"],
    // Santiago changes clocks at local midnight. DST starts 04:00 UTC on Sun 6 Sep 2026: the clock
    // jumps from 00:00 to 01:00, so 6 Sep has no midnight and starts at 01:00 (−3).
    ["America/Santiago", utc(2026, 9, 6, 3, 59), "2026-09-05"],
    ["America/Santiago", utc(2026, 9, 6, 4, 0), "2026-09-06"],
    // DST ends 03:00 UTC on Sun 4 Apr 2027: the clock goes back from 00:00 to 23:00 on Sat 3 Apr,
    // which lasts 25 hours.
    ["America/Santiago", utc(2027, 4, 4, 2, 59), "2027-04-03"],
    ["America/Santiago", utc(2027, 4, 4, 3, 0), "2027-04-03"],
    ["America/Santiago", utc(2027, 4, 4, 3, 59), "2027-04-03"],
    ["America/Santiago", utc(2027, 4, 4, 4, 0), "2027-04-04"],
  ])("in %s, instant %i is %s", (zone, instant, expected) => {
    expect(todayInZone(instant, zone)).toBe(expected);
  });

  it("throws a RangeError for a zone it does not know (callers validate first)", () => {
    expect(() => todayInZone(0, "Mars/Olympus")).toThrow(RangeError);
  });

  it.each([
    ["UTC", 0],
    ["Pacific/Kiritimati", 14 * 60],
    ["Etc/GMT+12", -12 * 60],
    ["Asia/Kathmandu", 5 * 60 + 45],
    ["Asia/Kolkata", 5 * 60 + 30],
  ])("agrees with a fixed-offset reference in %s (%i minutes from UTC)", (zone, offsetMinutes) => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2031, 0, 1) }),
        (instant) => {
          const expected = refDate(Math.floor((instant + offsetMinutes * MINUTE) / 86_400_000));
          expect(todayInZone(instant, zone)).toBe(expected);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("never moves backwards as time passes, and moves by at most a day per hour", () => {
    const zones = ["Australia/Lord_Howe", "Pacific/Chatham", "America/Santiago", "Europe/London"];
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2030, 11, 31) }),
        (zone, instant) => {
          const now = todayInZone(instant, zone);
          const later = todayInZone(instant + 60 * MINUTE, zone);
          expect(later >= now).toBe(true);
          expect(later === now || later === refDate(Date.parse(now) / 86_400_000 + 1)).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe("isTimeZone", () => {
  it.each([
    ["Europe/London", true],
    ["Pacific/Kiritimati", true],
    ["Pacific/Chatham", true],
    ["Etc/GMT+12", true],
    ["Asia/Kathmandu", true],
    ["America/St_Johns", true],
    ["UTC", true],
    ["Mars/Olympus", false],
    ["Europe/Lndon", false],
    ["GMT+5", false],
    ["+05:30", false],
    ["", false],
    ["Europe/London ", false],
  ])("%j → %s", (zone, expected) => {
    expect(isTimeZone(zone)).toBe(expected);
  });
});
