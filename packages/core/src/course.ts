import type { CalendarDate } from "./calendar-date.js";
import type { CheckIn, PerformedSession, Photo, ProgressRating } from "./journal-schema.js";
import type { TreatmentPlan } from "./plan-schema.js";
import type { PlanRequestInput } from "./request-schema.js";

/** Where a course stands: going on, stopped until a professional has seen the person, or done. */
export type CourseState = "active" | "paused" | "complete";

/** One thing `adaptPlan` changed, and why, in words a person can read. */
export interface PlanChange {
  readonly code: string;
  readonly message: string;
  /** The rule behind the change (`adapt.slow-reaction`, `interval.window`, …). */
  readonly rule: string;
  readonly session?: number;
  readonly before?: string | number | null;
  readonly after?: string | number | null;
}

/** A version of a course's plan. Revision 0 is the plan as first made; each later one says what changed. */
export interface PlanRevision {
  readonly number: number;
  readonly createdAt: string;
  /** What prompted it: `created`, `session-logged`, `check-in`, `rating`, `reviewed` (a day passed). */
  readonly cause: string;
  readonly state: CourseState;
  readonly plan: TreatmentPlan;
  readonly changes: readonly PlanChange[];
}

/** A treatment course: the request, the plan made from it (kept as made, with its pack), and where it stands. */
export interface Course {
  readonly id: string;
  readonly createdAt: string;
  /** A clinic's own reference or a person's name for the course; optional. */
  readonly label: string | null;
  /** The request exactly as given, so the plan can be made and explained again. */
  readonly request: PlanRequestInput;
  readonly rules: { readonly id: string; readonly version: string };
  /** The latest revision (revision 0 holds the plan as first made). */
  readonly current: PlanRevision;
  /** The next planned session's date, when there is one: what "sessions due" asks about. */
  readonly nextDue: CalendarDate | null;
}

/** A course and everything recorded for it, oldest first. */
export interface CourseHistory {
  readonly course: Course;
  readonly revisions: readonly PlanRevision[];
  readonly sessions: readonly PerformedSession[];
  readonly checkIns: readonly CheckIn[];
  readonly ratings: readonly ProgressRating[];
  readonly photos: readonly Photo[];
}
