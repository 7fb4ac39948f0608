import type { CalendarDate, Course, PlanRevision, TreatmentPlan } from "@mnplan/core";
import type { Insertable } from "kysely";
import { compressPlan } from "./compress-plan.js";
import type { CourseTable, RecordTable, RevisionTable } from "./database.js";

/** The fields every journal record has; the rest of it is kept as JSON. */
export interface JournalRecord {
  readonly id: string;
  readonly date: CalendarDate;
  readonly recordedAt: string;
}

/**
 * The number of the plan's session on `nextDue`, or of the first one after it when none falls on it
 * exactly; past the plan's last session, the number after it. Null only when nothing is due.
 */
export function dueSessionNumber(plan: TreatmentPlan, nextDue: CalendarDate | null): number | null {
  if (nextDue === null) return null;
  const session = plan.schedule.find((scheduled) => scheduled.date >= nextDue);
  return session?.number ?? (plan.schedule.at(-1)?.number ?? 0) + 1;
}

export function toCourseRow(course: Course): Insertable<CourseTable> {
  return {
    id: course.id,
    created_at: course.createdAt,
    label: course.label,
    request: JSON.stringify(course.request),
    rules_id: course.rules.id,
    rules_version: course.rules.version,
    current_revision: course.current.number,
    state: course.current.state,
    status: course.current.plan.status,
    next_due: course.nextDue,
    next_due_number: dueSessionNumber(course.current.plan, course.nextDue),
    feed_token_hash: null,
  };
}

export function toRevisionRow(courseId: string, revision: PlanRevision): Insertable<RevisionTable> {
  return {
    course_id: courseId,
    number: revision.number,
    created_at: revision.createdAt,
    cause: revision.cause,
    state: revision.state,
    plan: compressPlan(revision.plan),
    changes: JSON.stringify(revision.changes),
  };
}

export function toRecordRow(courseId: string, record: JournalRecord): Insertable<RecordTable> {
  const { id, date, recordedAt, ...data } = record;
  return { id, course_id: courseId, date, recorded_at: recordedAt, data: JSON.stringify(data) };
}
