// Calendar dates in words, as the plan pages write them, plus a short form for chart axes.
import { formatDate, formatDateLong } from "../plan/format-date";
import { t } from "../strings";

let short: Intl.DateTimeFormat | undefined;

/** `2027-01-09` → "Saturday 9 January 2027" (long), "Sat 9 Jan 2027" (medium), "9 Jan" (short). */
export function formatDay(date: string, style: "long" | "medium" | "short" = "long"): string {
  if (style === "long") return formatDateLong(date);
  if (style === "medium") return formatDate(date);
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return date;
  short ??= new Intl.DateTimeFormat(t.plan.dates.locale, {
    day: "numeric",
    month: "short",
    timeZone: "UTC",
  });
  return short.format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))));
}
