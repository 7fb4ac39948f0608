import type { CalendarDate, CourseState, PlanChange } from "@mnplan/core";
import type { Standing } from "@mnplan/journal";
import { formatDate } from "./format-date.js";
import { bullet, type TextLayout } from "./text-layout.js";

/** When the next session falls due, or why none does. */
export function renderNextDue(state: CourseState, nextDue: CalendarDate | null): string {
  if (nextDue !== null) return `Next session due: ${formatDate(nextDue)}.`;
  switch (state) {
    case "paused":
      return "No session is due while the course is paused: see a professional first.";
    case "complete":
      return "No session is due: the series is complete.";
    case "active":
      return "No session is planned.";
  }
}

/** Each change to the plan with its reason, and the rule behind it. */
export function renderChanges(changes: readonly PlanChange[], layout: TextLayout): string[] {
  return changes.map((change) =>
    bullet(`${change.message} ${layout.palette.dim(`(${change.rule})`)}`, layout),
  );
}

/** Where the plan stands after a write: its revision and state, what changed and why, the next date. */
export function renderStanding(standing: Standing, layout: TextLayout): string[] {
  const where = `revision ${standing.revision} · ${standing.state}`;
  const head =
    standing.changes.length === 0
      ? `The plan stays as it was (${where}).`
      : `The plan changed (${where}):`;
  return [
    layout.palette.bold(head),
    ...renderChanges(standing.changes, layout),
    renderNextDue(standing.state, standing.nextDue),
  ];
}
