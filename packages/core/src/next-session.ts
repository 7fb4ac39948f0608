import { addDays, differenceInDays, type CalendarDate } from "./calendar-date.js";
import type { Issue } from "./issue.js";
import type { TreatmentPlan } from "./plan-schema.js";

/** A session that took place, as far as spacing is concerned. */
export interface SessionDate {
  readonly date: CalendarDate;
}

/** When the next session may and should be, given what has been done. */
export interface NextSession {
  /** The next session's number in the series (1 when nothing has been done). */
  readonly number: number;
  /** Sessions still to do; 0 when the series is complete. */
  readonly remaining: number;
  /** The first day it is allowed (the window minimum since the last session); null when the plan allows none. */
  readonly allowedFrom: CalendarDate | null;
  /** The day the plan's interval recommends; null when the plan allows none. */
  readonly recommendedFrom: CalendarDate | null;
}

function latest(history: readonly SessionDate[]): CalendarDate | undefined {
  let last: CalendarDate | undefined;
  for (const session of history) if (last === undefined || session.date > last) last = session.date;
  return last;
}

/**
 * The next session after the history of performed sessions (rules.md §3): never before the window minimum
 * since the last one, recommended at the plan's interval.
 * @example planNextSession(plan, [{ date: "2027-01-09" }]).allowedFrom === "2027-02-06"
 */
export function planNextSession(plan: TreatmentPlan, history: readonly SessionDate[]): NextSession {
  const done = history.length;
  const total = plan.sessions?.recommended ?? 0;
  const number = done + 1;
  const remaining = Math.max(0, total - done);
  if (
    plan.intervalWeeks === null ||
    plan.minDaysBetweenSessions === null ||
    plan.earliestStart === null ||
    remaining === 0
  ) {
    return { number, remaining, allowedFrom: null, recommendedFrom: null };
  }
  const last = latest(history);
  if (last === undefined)
    return {
      number,
      remaining,
      allowedFrom: plan.earliestStart,
      recommendedFrom: plan.schedule[0]?.date ?? plan.earliestStart,
    };
  const allowedFrom = addDays(last, plan.minDaysBetweenSessions);
  const usual = Math.max(plan.intervalWeeks.recommended * 7, plan.minDaysBetweenSessions);
  // A revised plan may have lengthened this interval (a slow reaction): whole extra weeks count, a
  // few days' shift to a preferred weekday does not.
  const planned = plan.schedule.find(
    (session) => session.state === "planned" && session.date > last,
  );
  const plannedGap = planned ? differenceInDays(planned.date, last) : 0;
  const gap = plannedGap >= usual + 7 ? Math.floor(plannedGap / 7) * 7 : usual;
  return { number, remaining, allowedFrom, recommendedFrom: addDays(last, gap) };
}

/** Whether a session may be logged or booked on `date`: refused before the minimum, warned before the default. */
export type SessionDateCheck =
  | { readonly verdict: "allowed"; readonly next: NextSession; readonly issues: readonly Issue[] }
  | { readonly verdict: "early"; readonly next: NextSession; readonly issues: readonly Issue[] }
  | { readonly verdict: "refused"; readonly next: NextSession; readonly issues: readonly Issue[] };

/**
 * Checks a proposed session date against the history (the too-early guard of rules.md §3).
 * @example checkSessionDate(plan, [{ date: "2027-01-09" }], "2027-01-30").verdict === "refused"
 */
export function checkSessionDate(
  plan: TreatmentPlan,
  history: readonly SessionDate[],
  date: CalendarDate,
): SessionDateCheck {
  const next = planNextSession(plan, history);
  if (next.allowedFrom === null || next.recommendedFrom === null) {
    const why =
      next.remaining === 0 && plan.sessions !== null
        ? "The series is complete; plan maintenance or reassess instead."
        : "This plan allows no session now: see its screening results.";
    return {
      verdict: "refused",
      next,
      issues: [{ code: "no-session-allowed", path: "date", message: why, severity: "error" }],
    };
  }
  if (date < next.allowedFrom) {
    return {
      verdict: "refused",
      next,
      issues: [
        {
          code: "too-early",
          path: "date",
          message: `Too soon after the last session: allowed from ${next.allowedFrom}.`,
          severity: "error",
        },
      ],
    };
  }
  if (date < next.recommendedFrom) {
    return {
      verdict: "early",
      next,
      issues: [
        {
          code: "before-recommended",
          path: "date",
          message: `Allowed, but earlier than recommended (${next.recommendedFrom}): expect more redness and a longer recovery.`,
          severity: "warning",
        },
      ],
    };
  }
  return { verdict: "allowed", next, issues: [] };
}
