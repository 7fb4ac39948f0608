// Calendar dates in words. The words and their order come from the strings, so a translation
// controls them; no Date object is involved, so no time zone can move a day.
import { WEEKDAYS, weekdayOf, type CalendarDate } from "@mnplan/core";
import { t } from "../strings";

function parts(date: CalendarDate) {
  const [year = 0, month = 1, day = 1] = date.split("-").map(Number);
  const weekday = WEEKDAYS.indexOf(weekdayOf(date));
  return { year, month: t.calendar.months[month - 1] ?? "", day, weekday };
}

/** "Saturday 9 January 2027". */
export function formatLongDate(date: CalendarDate): string {
  const { year, month, day, weekday } = parts(date);
  return t.calendar.longDate(t.calendar.weekdays[weekday] ?? "", day, month, year);
}

/** "Sat 9 January". */
export function formatShortDate(date: CalendarDate): string {
  const { month, day, weekday } = parts(date);
  return t.calendar.shortDate(t.calendar.weekdaysShort[weekday] ?? "", day, month);
}

/** "January 2027" for a month given as `YYYY-MM`. */
export function formatMonth(month: string): string {
  const [year = 0, index = 1] = month.split("-").map(Number);
  return t.calendar.monthTitle(t.calendar.months[index - 1] ?? "", year);
}

/** "Sat 9 January to Tue 12 January", or one date when the range is a single day. */
export function formatRange(from: CalendarDate, to: CalendarDate): string {
  return from === to
    ? formatShortDate(from)
    : t.calendar.range(formatShortDate(from), formatShortDate(to));
}
