/** A calendar date, `YYYY-MM-DD`, with no time and no zone. */
export type CalendarDate = string;

/** Days of the week in the order the contract spells them. */
export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of a proleptic Gregorian date (no Date object, no zone). */
function toDays(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** Month and day fields, "00" to "31", so that formatting a date pads nothing. */
const TWO_DIGITS: readonly string[] = Array.from({ length: 32 }, (_, n) =>
  n < 10 ? `0${n}` : `${n}`,
);
const CHAR_0 = 48;

/** The number that ASCII digits `start` to `end` spell, or -1 when one of them is not a digit. */
function readDigits(text: string, start: number, end: number): number {
  let value = 0;
  for (let index = start; index < end; index++) {
    const digit = text.charCodeAt(index) - CHAR_0;
    if (!(digit >= 0 && digit <= 9)) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/** `YYYY-MM-DD`; years outside 1000–9999 and fractional fields keep the general padding. */
function formatDate(year: number, month: number, day: number): CalendarDate {
  const mm = TWO_DIGITS[month];
  const dd = TWO_DIGITS[day];
  if (mm === undefined || dd === undefined || !(year >= 1000 && year <= 9999))
    return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
  return `${year}-${mm}-${dd}`;
}

function daysInMonth(year: number, month: number): number {
  return (
    toDays(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) - toDays(year, month, 1)
  );
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}

/** Whether `value` is a real calendar date in `YYYY-MM-DD` form (2027-02-30 is not). */
export function isCalendarDate(value: string): boolean {
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return (
    year >= 1900 &&
    year <= 2999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** The day number (days since 1970-01-01) of a valid calendar date. */
export function toDayNumber(date: CalendarDate): number {
  const year = readDigits(date, 0, 4);
  const month = readDigits(date, 5, 7);
  const day = readDigits(date, 8, 10);
  // Not all digits: read the fields with Number(), as this always has (" 027" is 27).
  if (year < 0 || month < 0 || day < 0)
    return toDays(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
  return toDays(year, month, day);
}

/** The calendar date of a day number (civil from days, proleptic Gregorian). */
export function fromDayNumber(days: number): CalendarDate {
  if (!Number.isFinite(days)) return formatDate(NaN, NaN, NaN);
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  // From here every value is at least 0, so `| 0` floors (and is far quicker than Math.floor).
  const dayOfEra = z - era * 146097;
  const yearOfEra =
    ((dayOfEra - ((dayOfEra / 1460) | 0) + ((dayOfEra / 36524) | 0) - ((dayOfEra / 146096) | 0)) /
      365) |
    0;
  const dayOfYear = dayOfEra - (365 * yearOfEra + ((yearOfEra / 4) | 0) - ((yearOfEra / 100) | 0));
  const mp = ((5 * dayOfYear + 2) / 153) | 0;
  const day = dayOfYear - (((153 * mp + 2) / 5) | 0) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return formatDate(yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day);
}

/** @example addDays("2027-02-27", 2) === "2027-03-01" */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Adds calendar months, clamping to the month's last day. @example addMonths("2027-08-31", 6) === "2028-02-29" */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const total = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  return formatDate(year, month, Math.min(Number(date.slice(8, 10)), daysInMonth(year, month)));
}

/** Whole days from `earlier` to `later` (negative when `later` is before). */
export function differenceInDays(later: CalendarDate, earlier: CalendarDate): number {
  return toDayNumber(later) - toDayNumber(earlier);
}

/** The weekday of a day number. */
export function weekdayOfDayNumber(days: number): Weekday {
  // 1970-01-01 was a Thursday (index 3 in WEEKDAYS).
  return WEEKDAYS[(((days + 3) % 7) + 7) % 7] as Weekday;
}

/** @example weekdayOf("2027-01-09") === "sat" */
export function weekdayOf(date: CalendarDate): Weekday {
  return weekdayOfDayNumber(toDayNumber(date));
}

/** The later of two calendar dates. */
export function maxDate(a: CalendarDate, b: CalendarDate): CalendarDate {
  return a >= b ? a : b;
}
