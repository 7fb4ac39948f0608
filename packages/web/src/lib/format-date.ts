// Calendar dates (YYYY-MM-DD) shown to people. They are formatted in UTC: a calendar date has no
// time of day, so the reader's own zone must never move it to the day before or after. The locale
// and the order of the parts come from the strings, so a translation controls both.
import { t } from "../strings";

const words = t.common.dates;
type Style = "short" | "long";
type Parts = { weekday: string; day: string; month: string; year: string };

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = JSON.stringify(options);
  let format = cache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(words.locale, { ...options, timeZone: "UTC" });
    cache.set(key, format);
  }
  return format;
}

function toInstant(date: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return undefined;
  const instant = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return Number.isNaN(instant.getTime()) ? undefined : instant;
}

function partsOf(date: string, weekday: Style, month: Style): Parts | undefined {
  const instant = toInstant(date);
  if (!instant) return undefined;
  const parts: Parts = { weekday: "", day: "", month: "", year: "" };
  const format = formatter({ weekday, day: "numeric", month, year: "numeric" });
  for (const part of format.formatToParts(instant)) {
    if (part.type in parts) parts[part.type as keyof Parts] = part.value;
  }
  return parts;
}

/** A date for people, e.g. "Sat 6 Feb 2027" (the input itself when it is not a date). */
export function formatDate(date: string): string {
  const parts = partsOf(date, "short", "short");
  return parts ? words.full(parts) : date;
}

/** A date spelled out, e.g. "Saturday 6 February 2027". */
export function formatDateLong(date: string): string {
  const parts = partsOf(date, "long", "long");
  return parts ? words.full(parts) : date;
}

/** A date without its year, its month spelled out, e.g. "Sat 6 February". */
export function formatDateNoYear(date: string): string {
  const parts = partsOf(date, "short", "long");
  return parts ? words.noYear(parts) : date;
}

/** The day and month alone, e.g. "6 Feb", for a chart's axis. */
export function formatDayMonth(date: string): string {
  const instant = toInstant(date);
  return instant ? formatter({ day: "numeric", month: "short" }).format(instant) : date;
}

/** "January 2027" for a month given as `YYYY-MM`. */
export function formatMonth(month: string): string {
  const parts = partsOf(`${month}-01`, "long", "long");
  return parts ? words.month(parts) : month;
}

/** A range of days, e.g. "Sat 9 Jan – Mon 11 Jan 2027"; one date when both ends are the same day. */
export function formatDateRange(from: string, to: string): string {
  if (from === to) return formatDate(from);
  const sameYear = from.slice(0, 4) === to.slice(0, 4);
  const start = sameYear ? partsOf(from, "short", "short") : undefined;
  return words.range(start ? words.noYear(start) : formatDate(from), formatDate(to));
}

/** A range of days without years, e.g. "Sat 9 January to Tue 12 January", or one date. */
export function formatDateRangeNoYear(from: string, to: string): string {
  return from === to
    ? formatDateNoYear(from)
    : words.rangeNoYear(formatDateNoYear(from), formatDateNoYear(to));
}
