// Calendar dates (YYYY-MM-DD) shown to people. They are formatted in UTC: a calendar date has no
// time of day, so the reader's own zone must never move it to the day before or after.
import { t } from "../strings";

type Parts = { weekday: string; day: string; month: string; year: string };

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(weekday: "short" | "long", month: "short" | "long"): Intl.DateTimeFormat {
  const key = `${weekday}/${month}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(t.plan.dates.locale, {
      weekday,
      day: "numeric",
      month,
      year: "numeric",
      timeZone: "UTC",
    });
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

function partsOf(date: string, style: "short" | "long"): Parts | undefined {
  const instant = toInstant(date);
  if (!instant) return undefined;
  const parts: Parts = { weekday: "", day: "", month: "", year: "" };
  for (const part of formatter(style, style).formatToParts(instant)) {
    if (part.type in parts) parts[part.type as keyof Parts] = part.value;
  }
  return parts;
}

/** A date for people, e.g. "Sat 6 Feb 2027" (the input itself when it is not a date). */
export function formatDate(date: string): string {
  const parts = partsOf(date, "short");
  return parts ? t.plan.dates.short(parts) : date;
}

/** A date spelled out, e.g. "Saturday 6 February 2027". */
export function formatDateLong(date: string): string {
  const parts = partsOf(date, "long");
  return parts ? t.plan.dates.short(parts) : date;
}

/** A date without its year, e.g. "Sat 6 Feb", for the first half of a range in one year. */
function formatDateNoYear(date: string): string {
  const parts = partsOf(date, "short");
  return parts ? t.plan.dates.noYear(parts) : date;
}

/** A range of days, e.g. "Sat 9 Jan – Mon 11 Jan 2027"; one date when both ends are the same day. */
export function formatDateRange(from: string, to: string): string {
  if (from === to) return formatDate(from);
  const sameYear = from.slice(0, 4) === to.slice(0, 4);
  return t.plan.dates.range(sameYear ? formatDateNoYear(from) : formatDate(from), formatDate(to));
}
