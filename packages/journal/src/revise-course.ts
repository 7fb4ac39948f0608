import {
  adaptPlan,
  type CalendarDate,
  type CourseHistory,
  type PlanRequest,
  type PlanRevision,
  type RulePack,
} from "@mnplan/core";
import { findNextDue } from "./next-due.js";

export interface Revised {
  /** The revision the course should now have (the current one when nothing changed). */
  readonly revision: PlanRevision;
  readonly nextDue: CalendarDate | null;
  /** Whether it differs from the current one, and so needs saving. */
  readonly changed: boolean;
}

export interface ReviseOptions {
  readonly request: PlanRequest;
  readonly pack: RulePack;
  readonly today: CalendarDate;
  readonly cause: string;
  readonly createdAt: string;
}

/**
 * Adapts a course's plan (as first made) to everything recorded so far, with core's `adaptPlan`; a
 * new revision when the plan, its state or the next date moved.
 */
export function reviseCourse(history: CourseHistory, options: ReviseOptions): Revised {
  const current = history.course.current;
  const adapted = adaptPlan({
    request: options.request,
    pack: options.pack,
    plan: history.revisions[0]?.plan ?? current.plan,
    sessions: history.sessions,
    checkIns: history.checkIns,
    ratings: history.ratings,
    today: options.today,
  });
  const nextDue = findNextDue(adapted.plan, history.sessions, adapted.state);
  const changed =
    adapted.state !== current.state ||
    nextDue !== history.course.nextDue ||
    JSON.stringify(adapted.plan) !== JSON.stringify(current.plan);
  if (!changed) return { revision: current, nextDue, changed };
  return {
    revision: {
      number: current.number + 1,
      createdAt: options.createdAt,
      cause: options.cause,
      state: adapted.state,
      plan: adapted.plan,
      changes: adapted.changes,
    },
    nextDue,
    changed,
  };
}
