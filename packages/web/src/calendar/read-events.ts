// For tests: reads a calendar file back with ical.js.
import ICAL from "ical.js";

/** The events of a calendar file: each one's UID, start and sequence. */
export function readEvents(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  return calendar.getAllSubcomponents("vevent").map((event) => ({
    uid: String(event.getFirstPropertyValue("uid")),
    start: String(event.getFirstPropertyValue("dtstart")),
    sequence: Number(event.getFirstPropertyValue("sequence")),
  }));
}
