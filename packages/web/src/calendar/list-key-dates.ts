// The key dates of one month in words, for the list under the month grid.
import type { CalendarDate, TreatmentPlan } from "@mnplan/core";
import { formatDateRangeNoYear, formatDateNoYear } from "../lib/format-date";
import { t } from "../strings";
import { isMarkedCare } from "./mark-plan-days";

export interface KeyDate {
  readonly date: CalendarDate;
  readonly when: string;
  readonly kind: "session" | "prep" | "care";
  readonly text: string;
}

const ORDER = { prep: 0, session: 1, care: 2 } as const;

/** The sessions, reminded prep steps and marked aftercare ranges that start in `month` (`YYYY-MM`). */
export function listKeyDates(plan: TreatmentPlan, month: string): KeyDate[] {
  const dates: KeyDate[] = [];
  const add = (date: CalendarDate, kind: KeyDate["kind"], text: string, when?: string) => {
    if (date.startsWith(month))
      dates.push({ date, kind, text, when: when ?? formatDateNoYear(date) });
  };
  for (const session of plan.schedule) {
    const done = session.state === "done";
    const name = t.calendar.month.session(session.number);
    add(session.date, "session", done ? `${name} (${t.calendar.month.done})` : name);
    if (!done)
      for (const step of session.prep)
        if (step.remind)
          add(step.date, "prep", `${t.calendar.month.prepFor(session.number)}: ${step.text}`);
    for (const step of session.aftercare)
      if (isMarkedCare(step.code))
        add(step.from, "care", step.text, formatDateRangeNoYear(step.from, step.to));
  }
  return dates.sort((a, b) => a.date.localeCompare(b.date) || ORDER[a.kind] - ORDER[b.kind]);
}
