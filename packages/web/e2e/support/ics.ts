// Reading a calendar file with ical.js, and what a plan says it should hold.
import type { TreatmentPlan } from "@mnplan/core";
import ICAL from "ical.js";

export interface CalendarEvent {
  readonly uid: string;
  readonly summary: string;
  /** The all-day event's date, YYYY-MM-DD. */
  readonly date: string;
  /** How many reminders (VALARM) it carries. */
  readonly reminders: number;
}

/** The events of an iCalendar text, in file order. */
export function readEvents(text: string): CalendarEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  return calendar.getAllSubcomponents("vevent").map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      summary: event.summary,
      date: event.startDate.toString(),
      reminders: vevent.getAllSubcomponents("valarm").length,
    };
  });
}

/** What a plan's calendar must hold: one event per session on its date, a reminder per prep step to remind of. */
export function expectedEvents(plan: TreatmentPlan): Omit<CalendarEvent, "uid" | "summary">[] {
  return plan.schedule.map((session) => ({
    date: session.date,
    reminders: session.prep.filter((step) => step.remind).length,
  }));
}
