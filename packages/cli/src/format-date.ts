import { weekdayOf, type CalendarDate } from "@mnplan/core";

const WEEKDAY = {
  mon: "Mon",
  tue: "Tue",
  wed: "Wed",
  thu: "Thu",
  fri: "Fri",
  sat: "Sat",
  sun: "Sun",
} as const;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** A calendar date as a person reads it. @example formatDate("2027-01-04") === "Mon 4 Jan 2027" */
export function formatDate(date: CalendarDate): string {
  const day = Number(date.slice(8, 10));
  const month = MONTHS[Number(date.slice(5, 7)) - 1] ?? "";
  return `${WEEKDAY[weekdayOf(date)]} ${day} ${month} ${date.slice(0, 4)}`;
}

/** A short date without the year. @example formatShortDate("2027-01-04") === "Mon 4 Jan" */
export function formatShortDate(date: CalendarDate): string {
  return formatDate(date).slice(0, -5);
}

/** A span of dates, the year written once where it is the same. @example formatSpan("2027-01-04", "2027-01-06") === "Mon 4 – Wed 6 Jan 2027" */
export function formatSpan(from: CalendarDate, to: CalendarDate): string {
  if (from === to) return formatDate(from);
  const sameYear = from.slice(0, 4) === to.slice(0, 4);
  const sameMonth = sameYear && from.slice(5, 7) === to.slice(5, 7);
  const start = sameMonth
    ? formatDate(from).split(" ").slice(0, 2).join(" ")
    : sameYear
      ? formatShortDate(from)
      : formatDate(from);
  return `${start} – ${formatDate(to)}`;
}

/** A depth range in millimetres. @example formatMm({ min: 1, max: 1.5 }) === "1.0–1.5 mm" */
export function formatMm(range: { readonly min: number; readonly max: number }): string {
  const one = (value: number): string =>
    Number.isInteger(value * 10) ? value.toFixed(1) : String(value);
  return range.min === range.max
    ? `${one(range.min)} mm`
    : `${one(range.min)}–${one(range.max)} mm`;
}

/** A number range. @example formatRange({ min: 4, max: 6 }) === "4–6" */
export function formatRange(range: { readonly min: number; readonly max: number }): string {
  return range.min === range.max ? String(range.min) : `${range.min}–${range.max}`;
}
