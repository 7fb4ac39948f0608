// Reading a downloaded calendar file with ical.js, and what a plan says it should hold.
import { readFile } from "node:fs/promises";
import type { TreatmentPlan } from "@mnplan/core";
import ICAL from "ical.js";
import type { Download } from "playwright-core";

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

/** The text of a finished download. */
export async function downloadedText(download: Download): Promise<string> {
  const path = await download.path();
  return readFile(path, "utf8");
}

/** What a plan's calendar must hold: one event per session on its date, a reminder per prep step to remind of. */
export function expectedEvents(plan: TreatmentPlan): Omit<CalendarEvent, "uid" | "summary">[] {
  return plan.schedule.map((session) => ({
    date: session.date,
    reminders: session.prep.filter((step) => step.remind).length,
  }));
}
