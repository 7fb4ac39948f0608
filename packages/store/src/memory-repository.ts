import type {
  CheckIn,
  Course,
  CourseHistory,
  Photo,
  PlanRevision,
  ProgressRating,
} from "@mnplan/core";
import { createCourseQueue } from "./course-queue.js";
import { dueSessionNumber, type JournalRecord } from "./encode-rows.js";
import { findDuplicate } from "./find-conflict.js";
import { checkLimit, decodeCursor, encodeCursor } from "./page-cursor.js";
import {
  CourseNotFoundError,
  DuplicateRecordError,
  type CourseSummary,
  type DueSession,
  type Repository,
} from "./repository.js";

type Session = CourseHistory["sessions"][number];

interface Entry {
  course: Course;
  revisions: PlanRevision[];
  sessions: Session[];
  checkIns: CheckIn[];
  ratings: ProgressRating[];
  photos: Photo[];
  feedTokenHash: string | null;
}

type RecordList = "sessions" | "checkIns" | "ratings" | "photos";

const byAge = (a: JournalRecord, b: JournalRecord) =>
  compare(a.date, b.date) || compare(a.recordedAt, b.recordedAt) || compare(a.id, b.id);
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const copy = structuredClone;

/** The repository in memory, for tests: the same behaviour as the SQL stores, copying in and out. */
export function createMemoryRepository(): Repository {
  const entries = new Map<string, Entry>();
  /** Every record id in use, per list, as ids are unique per table in the SQL stores. */
  const ids: Record<RecordList, Set<string>> = {
    sessions: new Set(),
    checkIns: new Set(),
    ratings: new Set(),
    photos: new Set(),
  };
  let closed = false;
  const queue = createCourseQueue();

  /** Runs one call; what it throws becomes the promise's rejection, as in the SQL stores. */
  function open<T>(run: () => T): Promise<T> {
    return new Promise((resolve) => {
      if (closed) throw new Error("The repository is closed");
      resolve(run());
    });
  }
  function entryOf(courseId: string): Entry {
    const entry = entries.get(courseId);
    if (!entry) throw new CourseNotFoundError(courseId);
    return entry;
  }
  function add<K extends RecordList>(
    list: K,
    table: string,
    courseId: string,
    record: Entry[K][number],
  ) {
    return open(() => {
      const entry = entryOf(courseId);
      if (ids[list].has(record.id)) throw new DuplicateRecordError(table, record.id);
      ids[list].add(record.id);
      (entry[list] as JournalRecord[]).push(copy(record));
    });
  }
  function insertCourse(course: Course) {
    entries.set(course.id, {
      course: copy(course),
      revisions: [copy(course.current)],
      sessions: [],
      checkIns: [],
      ratings: [],
      photos: [],
      feedTokenHash: null,
    });
  }
  function summaryOf({ course }: Entry): CourseSummary {
    const { id, createdAt, label, nextDue, current } = course;
    return { id, createdAt, label, state: current.state, status: current.plan.status, nextDue };
  }

  return {
    health: () => open(() => undefined),
    close() {
      closed = true;
      return Promise.resolve();
    },

    createCourse: (course) =>
      open(() => {
        if (entries.has(course.id)) throw new DuplicateRecordError("courses", course.id);
        insertCourse(course);
      }),
    getCourse: (id) => open(() => copy(entries.get(id)?.course)),
    listCourses: ({ limit, after }) =>
      open(() => {
        checkLimit(limit);
        const from = after === undefined ? undefined : decodeCursor(after);
        const sorted = [...entries.values()]
          .map(summaryOf)
          .sort((a, b) => compare(a.createdAt, b.createdAt) || compare(a.id, b.id))
          .filter(
            (c) =>
              !from ||
              compare(c.createdAt, from.createdAt) > 0 ||
              (c.createdAt === from.createdAt && c.id > from.id),
          );
        const items = sorted.slice(0, limit);
        const last = items.at(-1);
        return sorted.length > limit && last ? { items, next: encodeCursor(last) } : { items };
      }),
    deleteCourse: (id) =>
      open(() => {
        const entry = entries.get(id);
        if (!entry) return false;
        for (const list of Object.keys(ids) as RecordList[])
          for (const record of entry[list]) ids[list].delete(record.id);
        return entries.delete(id);
      }),
    saveRevision: (courseId, revision, nextDue) =>
      open(() => {
        const entry = entryOf(courseId);
        if (entry.revisions.some((r) => r.number === revision.number)) {
          throw new DuplicateRecordError("revisions", `${courseId} revision ${revision.number}`);
        }
        entry.revisions.push(copy(revision));
        entry.revisions.sort((a, b) => a.number - b.number);
        entry.course = { ...entry.course, current: copy(revision), nextDue };
      }),

    addSession: (courseId, session) => add("sessions", "sessions", courseId, session),
    addCheckIn: (courseId, checkIn) => add("checkIns", "check_ins", courseId, checkIn),
    addRating: (courseId, rating) => add("ratings", "ratings", courseId, rating),
    addPhoto: (courseId, photo) => add("photos", "photos", courseId, photo),
    getPhoto: (courseId, photoId) =>
      open(() => copy(entries.get(courseId)?.photos.find((p) => p.id === photoId))),
    deletePhoto: (courseId, photoId) =>
      open(() => {
        const entry = entries.get(courseId);
        const index = entry?.photos.findIndex((p) => p.id === photoId) ?? -1;
        if (!entry || index < 0) return false;
        entry.photos.splice(index, 1);
        return ids.photos.delete(photoId);
      }),

    getHistory: (courseId) =>
      open(() => {
        const entry = entries.get(courseId);
        if (!entry) return undefined;
        const { course, revisions, sessions, checkIns, ratings, photos } = entry;
        const sorted = <T extends JournalRecord>(list: T[]) => [...list].sort(byAge);
        return copy({
          course,
          revisions,
          sessions: sorted(sessions),
          checkIns: sorted(checkIns),
          ratings: sorted(ratings),
          photos: sorted(photos),
        });
      }),
    sessionsDue: (from, to, { limit }) =>
      open(() => {
        checkLimit(limit);
        const due: DueSession[] = [];
        for (const { course } of entries.values()) {
          const date = course.nextDue;
          if (date === null || date < from || date > to) continue;
          const number = dueSessionNumber(course.current.plan, date) ?? 0;
          due.push({ courseId: course.id, label: course.label, date, number });
        }
        return due
          .sort((a, b) => compare(a.date, b.date) || compare(a.courseId, b.courseId))
          .slice(0, limit);
      }),

    setFeedToken: (courseId, tokenHash) =>
      open(() => {
        const entry = entryOf(courseId);
        const holder = [...entries.values()].find(
          (e) => e !== entry && tokenHash !== null && e.feedTokenHash === tokenHash,
        );
        if (holder) throw new DuplicateRecordError("courses", "feed_token_hash");
        entry.feedTokenHash = tokenHash;
      }),
    findCourseByFeedToken: (tokenHash) =>
      open(() => [...entries.values()].find((e) => e.feedTokenHash === tokenHash)?.course.id),

    importCourses: (courses) =>
      open(() => {
        const repeated =
          findDuplicate(courses.map((c) => c.id)) ?? courses.find((c) => entries.has(c.id))?.id;
        if (repeated !== undefined) throw new DuplicateRecordError("courses", repeated);
        for (const course of courses) insertCourse(course);
      }),
    importSessions: (rows) =>
      open(() => {
        const repeated =
          findDuplicate(rows.map((r) => r.session.id)) ??
          rows.find((r) => ids.sessions.has(r.session.id))?.session.id;
        if (repeated !== undefined) throw new DuplicateRecordError("sessions", repeated);
        const missing = rows.find((r) => !entries.has(r.courseId));
        if (missing) throw new CourseNotFoundError(missing.courseId);
        for (const { courseId, session } of rows) {
          ids.sessions.add(session.id);
          entryOf(courseId).sessions.push(copy(session));
        }
      }),

    // One process holds the only copy of the data: the in-process queue is the whole lock.
    withCourseLock: (courseId, task) => queue(courseId, task),
  };
}
