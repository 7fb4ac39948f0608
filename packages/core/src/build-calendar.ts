import { addDays, differenceInDays, fromDayNumber, type CalendarDate } from "./calendar-date.js";
import type { ScheduledSession, TreatmentPlan } from "./plan-schema.js";

/** What a calendar file needs beyond the plan: the instant it is made (DTSTAMP), and optionally a UID namespace. */
export interface CalendarOptions {
  /** When the file is made, as milliseconds since the epoch: the engine never reads the clock. */
  readonly generatedAt: number;
  /** UIDs are `<namespace>-session-<n>@mnplan`; defaults to the plan's id. A course passes its own id. */
  readonly uidNamespace?: string;
  /** Raised each time the same events change (RFC 5545 SEQUENCE). */
  readonly sequence?: number;
  readonly calendarName?: string;
}

/** The hour of the day, local to the calendar, at which prep reminders fire. */
const REMINDER_HOUR = 9;

// Control characters other than tab may not appear in a TEXT value; line breaks are escaped first.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f]/g;

/** Escapes a TEXT value (RFC 5545 §3.3.11); other control characters are dropped. */
export function escapeText(value: string): string {
  return value
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\r\n|\r|\n/g, "\\n")
    .replace(CONTROL_CHARACTERS, "");
}

function utf8Length(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

/** Folds a content line to at most 75 octets per physical line, never splitting a character (§3.1). */
export function foldLine(line: string): string {
  if (line.length <= 25 || [...line].reduce((sum, char) => sum + utf8Length(char), 0) <= 75)
    return line;
  const parts: string[] = [];
  let current = "";
  let size = 0;
  for (const char of line) {
    const bytes = utf8Length(char);
    const limit = parts.length === 0 ? 75 : 74;
    if (size + bytes > limit) {
      parts.push(current);
      current = "";
      size = 0;
    }
    current += char;
    size += bytes;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

const compactDate = (date: CalendarDate): string => date.replaceAll("-", "");

function stamp(epochMs: number): string {
  const day = Math.floor(epochMs / 86_400_000);
  const seconds = Math.floor((epochMs - day * 86_400_000) / 1000);
  const two = (n: number): string => String(n).padStart(2, "0");
  return `${compactDate(fromDayNumber(day))}T${two(Math.floor(seconds / 3600))}${two(Math.floor(seconds / 60) % 60)}${two(seconds % 60)}Z`;
}

/** A trigger `days` days before an all-day start, at REMINDER_HOUR on that day (5 → -P4DT15H, 0 → PT9H). */
export function reminderTrigger(days: number): string {
  const offset = days * 24 - REMINDER_HOUR;
  const hours = Math.abs(offset);
  const d = Math.floor(hours / 24);
  const h = hours % 24;
  return `${offset > 0 ? "-" : ""}P${d > 0 ? `${d}D` : ""}${h > 0 || d === 0 ? `T${h}H` : ""}`;
}

function describe(plan: TreatmentPlan, session: ScheduledSession): string {
  const total = plan.schedule.length;
  const lines = [
    `Session ${session.number} of ${total} (${plan.rules.name} rules). Depth: ${session.depthByArea.map((a) => `${a.area} ${a.depthMm.min}–${a.depthMm.max} mm`).join(", ")}.`,
    "",
    "Before:",
    ...session.prep.map((step) => `- ${step.date}: ${step.text}`),
    "",
    "After:",
    ...session.aftercare.map(
      (step) => `- ${step.from}${step.to !== step.from ? ` to ${step.to}` : ""}: ${step.text}`,
    ),
    "",
    `Warning signs: ${plan.warningSigns.signs.join("; ")}. ${plan.warningSigns.text}`,
    "",
    plan.disclaimer,
  ];
  return lines.join("\n");
}

function sessionEvent(
  plan: TreatmentPlan,
  session: ScheduledSession,
  options: CalendarOptions,
  dtstamp: string,
): string[] {
  const namespace = options.uidNamespace ?? plan.id;
  const lines = [
    "BEGIN:VEVENT",
    `UID:${namespace}-session-${session.number}@mnplan`,
    `DTSTAMP:${dtstamp}`,
    `SEQUENCE:${options.sequence ?? 0}`,
    `DTSTART;VALUE=DATE:${compactDate(session.date)}`,
    `DTEND;VALUE=DATE:${compactDate(addDays(session.date, 1))}`,
    `SUMMARY:${escapeText(`Microneedling session ${session.number} of ${plan.schedule.length}`)}`,
    `DESCRIPTION:${escapeText(describe(plan, session))}`,
    "CATEGORIES:Microneedling",
    "TRANSP:TRANSPARENT",
  ];
  const sessionDate = session.date;
  for (const step of session.prep) {
    if (!step.remind) continue;
    const days = differenceInDays(sessionDate, step.date);
    lines.push(
      "BEGIN:VALARM",
      "ACTION:DISPLAY",
      `TRIGGER:${reminderTrigger(days)}`,
      `DESCRIPTION:${escapeText(`Session ${session.number} on ${sessionDate}: ${step.text}`)}`,
      "END:VALARM",
    );
  }
  lines.push("END:VEVENT");
  return lines;
}

function noScheduleTodo(plan: TreatmentPlan, options: CalendarOptions, dtstamp: string): string[] {
  const reasons = plan.screening
    .filter((item) => item.level !== "caution")
    .map((item) => `- ${item.message}${item.advice ? ` ${item.advice}` : ""}`);
  return [
    "BEGIN:VTODO",
    `UID:${options.uidNamespace ?? plan.id}-no-schedule@mnplan`,
    `DTSTAMP:${dtstamp}`,
    `SEQUENCE:${options.sequence ?? 0}`,
    `SUMMARY:${escapeText(`Microneedling: no sessions scheduled (${plan.status})`)}`,
    `DESCRIPTION:${escapeText([...reasons, "", plan.disclaimer].join("\n"))}`,
    "END:VTODO",
  ];
}

/**
 * Writes a plan as an iCalendar file (RFC 5545): one all-day event per session with a stable UID, the prep
 * and aftercare in its description and a reminder for each prep step that matters.
 * @example buildCalendar(plan, { generatedAt: Date.UTC(2026, 10, 26) }).startsWith("BEGIN:VCALENDAR")
 */
export function buildCalendar(plan: TreatmentPlan, options: CalendarOptions): string {
  const dtstamp = stamp(options.generatedAt);
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Microneedling Planner//mnplan//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(options.calendarName ?? "Microneedling plan")}`,
    `X-WR-TIMEZONE:${plan.timeZone}`,
    ...(plan.schedule.length > 0
      ? plan.schedule.flatMap((session) => sessionEvent(plan, session, options, dtstamp))
      : noScheduleTodo(plan, options, dtstamp)),
    "END:VCALENDAR",
  ];
  return lines.map(foldLine).join("\r\n") + "\r\n";
}
