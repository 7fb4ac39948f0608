// What happens on each day of a plan: session days, the prep days worth a reminder, and the
// aftercare days to keep out of the sun or not to sweat.
import {
  addDays,
  differenceInDays,
  type CalendarDate,
  type PrepStep,
  type TreatmentPlan,
} from "@mnplan/core";
import { t } from "../strings";

export interface DayMarks {
  readonly sessions: readonly { readonly number: number; readonly done: boolean }[];
  readonly prep: readonly { readonly session: number; readonly step: PrepStep }[];
  /** The codes of the marked aftercare steps that cover this day. */
  readonly care: readonly string[];
}

type Draft = {
  sessions: DayMarks["sessions"][number][];
  prep: DayMarks["prep"][number][];
  care: string[];
};

/** Whether the month view marks an aftercare step (the ones with a short name in the strings). */
export function isMarkedCare(code: string): boolean {
  return Object.hasOwn(t.calendar.careMarks, code);
}

/** Every marked day of a plan, by date. */
export function markPlanDays(plan: TreatmentPlan): ReadonlyMap<CalendarDate, DayMarks> {
  const days = new Map<CalendarDate, Draft>();
  const at = (date: CalendarDate): Draft => {
    let day = days.get(date);
    if (!day) {
      day = { sessions: [], prep: [], care: [] };
      days.set(date, day);
    }
    return day;
  };
  for (const session of plan.schedule) {
    at(session.date).sessions.push({ number: session.number, done: session.state === "done" });
    if (session.state !== "done")
      for (const step of session.prep)
        if (step.remind) at(step.date).prep.push({ session: session.number, step });
    for (const step of session.aftercare) {
      if (!isMarkedCare(step.code)) continue;
      const length = differenceInDays(step.to, step.from);
      for (let offset = 0; offset <= length; offset++) {
        const care = at(addDays(step.from, offset)).care;
        if (!care.includes(step.code)) care.push(step.code);
      }
    }
  }
  const order = Object.keys(t.calendar.careMarks);
  for (const day of days.values()) day.care.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  return days;
}

/** The month (`YYYY-MM`) a plan's calendar opens at: its first session still to come, else its first, else today's. */
export function firstMonth(plan: TreatmentPlan, today: CalendarDate): string {
  const session = plan.schedule.find((s) => s.state !== "done") ?? plan.schedule[0];
  return (session?.date ?? today).slice(0, 7);
}
