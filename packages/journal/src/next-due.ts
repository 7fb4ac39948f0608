import {
  planNextSession,
  type CalendarDate,
  type CourseState,
  type PerformedSession,
  type TreatmentPlan,
} from "@mnplan/core";

/**
 * The date the next session falls due: the plan's date for it (the interval's recommendation from
 * the last session when the plan has none); none when the course is paused or complete.
 */
export function findNextDue(
  plan: TreatmentPlan,
  sessions: readonly PerformedSession[],
  state: CourseState,
): CalendarDate | null {
  if (state !== "active") return null;
  const next = planNextSession(plan, sessions);
  if (next.remaining === 0 || next.recommendedFrom === null) return null;
  const planned = plan.schedule.find((session) => session.number === next.number)?.date;
  return planned ?? next.recommendedFrom;
}
