// The weeks of a month as rows of seven days, for a month grid.
import { addDays, addMonths, WEEKDAYS, weekdayOf, type CalendarDate } from "@mnplan/core";

/** The month after (`by` 1) or before (`by` -1) a `YYYY-MM` month. */
export function addMonth(month: string, by: number): string {
  return addMonths(`${month}-01`, by).slice(0, 7);
}

/**
 * The month's weeks, each seven cells from the week's first day (`weekStartsOn`, 0 = Monday);
 * cells outside the month are null.
 */
export function buildMonth(month: string, weekStartsOn: number): (CalendarDate | null)[][] {
  const first = `${month}-01`;
  const lead = (WEEKDAYS.indexOf(weekdayOf(first)) - weekStartsOn + 7) % 7;
  const weeks: (CalendarDate | null)[][] = [];
  let week: (CalendarDate | null)[] = Array.from({ length: lead }, () => null);
  for (let date = first; date.startsWith(month); date = addDays(date, 1)) {
    week.push(date);
    if (week.length === 7) {
      weeks.push(week);
      week = [];
    }
  }
  if (week.length > 0)
    weeks.push([...week, ...Array.from({ length: 7 - week.length }, () => null)]);
  return weeks;
}
