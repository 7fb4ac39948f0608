import {
  buildPlan,
  type CalendarDate,
  type CourseHistory,
  type CourseState,
  type PlanChange,
  type PlanRequest,
  type PlanRevision,
  type RulePack,
  type TreatmentPlan,
} from "@mnplan/core";
import { findNextDue } from "./next-due.js";

/** What adapting a plan to a course's history gives (core's `adaptPlan`). */
interface Adapted {
  readonly plan: TreatmentPlan;
  readonly changes: readonly PlanChange[];
  readonly state: CourseState;
}

/** The one seam to core's `adaptPlan`: until it lands, the plan is rebuilt unchanged. */
function adapt(history: CourseHistory, request: PlanRequest, pack: RulePack): Adapted {
  return { plan: buildPlan(request, pack), changes: [], state: history.course.current.state };
}

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

/** Adapts a course's plan to everything recorded so far; a new revision when the plan, state or next date moved. */
export function reviseCourse(history: CourseHistory, options: ReviseOptions): Revised {
  const current = history.course.current;
  const adapted = adapt(history, options.request, options.pack);
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
