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
} from "@mnplan/core";
import { CourseNotFoundError } from "@mnplan/store";
import type { AppContext } from "./app-context.js";
import { reviseCourse } from "./revise-course.js";
import { courseNotFound, json, problem, type Reply } from "./route.js";

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
export function recordEntry(context: AppContext, courseId: string, entry: Entry): Promise<Reply> {
  return context.locks.run(courseId, async () => {
    const history = await context.repository.getHistory(courseId);
    if (!history) return courseNotFound();
    let warnings: readonly Issue[] = [];
    if (entry.kind === "session") {
      const check = checkSessionDate(
        history.course.current.plan,
        history.sessions,
        entry.input.date,
      );
      if (check.verdict === "refused") {
        const allowedFrom = check.next.allowedFrom;
        return problem(check.issues, allowedFrom === null ? {} : { allowedFrom });
      }
      warnings =
        history.course.current.state === "paused" ? [PAUSED, ...check.issues] : check.issues;
    }
    const meta = { id: randomUUID(), recordedAt: new Date(context.now()).toISOString() };
    let stored: Stored;
    try {
      stored = await storeEntry(context, history, entry, meta);
    } catch (error) {
      if (error instanceof CourseNotFoundError) return courseNotFound();
      throw error;
    }
    const plan = await revise(context, stored.history, CAUSES[entry.kind]);
    return json(201, { record: stored.record, warnings, plan });
  });
}

interface Stored {
  readonly record: Recorded<object>;
  readonly history: CourseHistory;
}

/** Writes the entry with its id and time; the history as it now stands. */
async function storeEntry(
  { repository }: AppContext,
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
async function revise(context: AppContext, history: CourseHistory, cause: string) {
  const { course } = history;
  const request = parsePlanRequest(course.request);
  const pack = resolvePack(course.rules.id, { packs: context.packs });
  const standing = (revision = course.current, nextDue = course.nextDue, changed = false) => ({
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
