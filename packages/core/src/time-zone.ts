import type { CalendarDate } from "./calendar-date.js";

// Formatters are costly to build; a zone's formatter is reused. This is a memo of a pure function.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat | undefined {
  const known = formatters.get(timeZone);
  if (known) return known;
  try {
    const made = new Intl.DateTimeFormat("en-CA", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hourCycle: "h23",
    });
    if (formatters.size > 512) formatters.clear();
    formatters.set(timeZone, made);
    return made;
  } catch {
    return undefined;
  }
}

// The runtime's canonical zone names: a cheap first check. Building a formatter costs about 10 ms the
// first time (time-zone data loads), which a one-shot CLI run feels; aliases still go the long way.
let canonicalZones: ReadonlySet<string> | undefined;

/** Whether `timeZone` is an IANA time-zone name this runtime knows. @example isTimeZone("Asia/Kathmandu") */
export function isTimeZone(timeZone: string): boolean {
  canonicalZones ??= new Set(Intl.supportedValuesOf("timeZone"));
  return (
    canonicalZones.has(timeZone) || (timeZone.length > 0 && formatterFor(timeZone) !== undefined)
  );
}

/**
 * The calendar date at an instant (milliseconds since the epoch) in an IANA zone.
 * Callers pass the instant: the engine never reads the clock.
 * @example todayInZone(Date.UTC(2027, 0, 1, 11), "Pacific/Kiritimati") === "2027-01-02"
 */
export function todayInZone(epochMs: number, timeZone: string): CalendarDate {
  const formatter = formatterFor(timeZone);
  if (!formatter) throw new RangeError(`Unknown time zone: ${timeZone}`);
  const parts = formatter.formatToParts(epochMs);
  const get = (type: string): string => parts.find((part) => part.type === type)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")}`;
}
