import { randomUUID } from "node:crypto";
import {
  checkSessionDate,
  parsePlanRequest,
  resolvePack,
  todayInZone,
  type CheckInInput,
  type CourseHistory,
  type Issue,
  type PerformedSessionInput,
  type ProgressRatingInput,
  type Recorded,
  type CalendarDate,
  type CourseState,
  type PlanChange,
  type RulePack,
} from "@mnplan/core";
import { CourseNotFoundError, type Repository } from "@mnplan/store";
import { reviseCourse } from "./revise-course.js";

/**
 * What recording needs: the store (whose `withCourseLock` serialises writes to a course across every
 * process on the database), the clock (the only one read) and custom packs.
 */
export interface JournalContext {
  readonly repository: Repository;
  readonly now: () => number;
  readonly packs: Readonly<Record<string, RulePack>>;
}

/** Where a course's plan stands after a write. */
export interface Standing {
  readonly revision: number;
  readonly state: CourseState;
  /** What this write changed (empty when the plan stayed as it was). */
  readonly changes: readonly PlanChange[];
  readonly nextDue: CalendarDate | null;
}

/** What recording an entry came to: kept (with any warnings), or why not. */
export type RecordOutcome =
  | {
      readonly ok: true;
      readonly record: Recorded<object>;
      readonly warnings: readonly Issue[];
      readonly plan: Standing;
    }
  | { readonly ok: false; readonly reason: "not-found" }
  | {
      readonly ok: false;
      readonly reason: "refused";
      readonly issues: readonly Issue[];
      readonly allowedFrom: CalendarDate | null;
    };

/** A journal entry to record: what it is, and the input as parsed. */
export type Entry =
  | { readonly kind: "session"; readonly input: PerformedSessionInput }
  | { readonly kind: "check-in"; readonly input: CheckInInput }
  | { readonly kind: "rating"; readonly input: ProgressRatingInput };

const PAUSED: Issue = {
  code: "course-paused",
  path: "date",
  message:
    "The course was paused (a warning sign, or screening holds it back): a session should follow only once a professional has cleared it.",
  severity: "warning",
};

const CAUSES = { session: "session-logged", "check-in": "check-in", rating: "rating" } as const;

/**
 * Records a session, check-in or rating, then adapts the course's plan and saves a revision when it
 * changed. A session before the window minimum is refused (rules.md §3); one before the
 * recommended date is kept with a warning. Answers only once every write has resolved.
 */
export function recordEntry(
  context: JournalContext,
  courseId: string,
  entry: Entry,
): Promise<RecordOutcome> {
  // Under the course's lock, held across processes and servers: the too-early check and the revision
  // number read the history the write is based on, and no other writer moves it meanwhile.
  return context.repository.withCourseLock(courseId, async () => {
    const history = await context.repository.getHistory(courseId);
    if (!history) return { ok: false, reason: "not-found" };
    let warnings: readonly Issue[] = [];
    if (entry.kind === "session") {
      const check = checkSessionDate(
        history.course.current.plan,
        history.sessions,
        entry.input.date,
      );
      if (check.verdict === "refused") {
        return {
          ok: false,
          reason: "refused",
          issues: check.issues,
          allowedFrom: check.next.allowedFrom,
        };
      }
      warnings =
        history.course.current.state === "paused" ? [PAUSED, ...check.issues] : check.issues;
    }
    const meta = { id: randomUUID(), recordedAt: new Date(context.now()).toISOString() };
    let stored: Stored;
    try {
      stored = await storeEntry(context, history, entry, meta);
    } catch (error) {
      if (error instanceof CourseNotFoundError) return { ok: false, reason: "not-found" };
      throw error;
    }
    const plan = await revise(context, stored.history, CAUSES[entry.kind]);
    return { ok: true, record: stored.record, warnings, plan };
  });
}

interface Stored {
  readonly record: Recorded<object>;
  readonly history: CourseHistory;
}

/** Writes the entry with its id and time; the history as it now stands. */
async function storeEntry(
  { repository }: JournalContext,
  history: CourseHistory,
  entry: Entry,
  meta: { readonly id: string; readonly recordedAt: string },
): Promise<Stored> {
  const id = history.course.id;
  switch (entry.kind) {
    case "session": {
      const record = { ...entry.input, ...meta };
      await repository.addSession(id, record);
      return { record, history: { ...history, sessions: [...history.sessions, record] } };
    }
    case "check-in": {
      const record = { ...entry.input, ...meta };
      await repository.addCheckIn(id, record);
      return { record, history: { ...history, checkIns: [...history.checkIns, record] } };
    }
    case "rating": {
      const record = { ...entry.input, ...meta };
      await repository.addRating(id, record);
      return { record, history: { ...history, ratings: [...history.ratings, record] } };
    }
  }
}

/** Adapts the plan to the history and saves the revision when it changed; where the plan now stands. */
export async function revise(
  context: JournalContext,
  history: CourseHistory,
  cause: string,
): Promise<Standing> {
  const { course } = history;
  const request = parsePlanRequest(course.request);
  const pack = resolvePack(course.rules.id, { packs: context.packs });
  const standing = (
    revision = course.current,
    nextDue = course.nextDue,
    changed = false,
  ): Standing => ({
    revision: revision.number,
    state: revision.state,
    changes: changed ? revision.changes : [],
    nextDue,
  });
  // A course whose request or pack no longer parses keeps its plan as it is.
  if (!request.ok || !pack.ok) return standing();
  const now = context.now();
  const revised = reviseCourse(history, {
    request: request.value,
    pack: pack.value,
    today: todayInZone(now, request.value.timeZone),
    cause,
    createdAt: new Date(now).toISOString(),
  });
  if (revised.changed) {
    await context.repository.saveRevision(course.id, revised.revision, revised.nextDue);
  }
  return standing(revised.revision, revised.nextDue, revised.changed);
}
