import type {
  CalendarDate,
  CheckIn,
  Course,
  CourseHistory,
  PerformedSession,
  Photo,
  PlanRevision,
  ProgressRating,
} from "@mnplan/core";

/** A course in a list: enough to find it, not its whole plan. */
export interface CourseSummary {
  readonly id: string;
  readonly createdAt: string;
  readonly label: string | null;
  readonly state: PlanRevision["state"];
  readonly status: PlanRevision["plan"]["status"];
  readonly nextDue: CalendarDate | null;
}

/** A session that falls due: which course, which session, when. */
export interface DueSession {
  readonly courseId: string;
  readonly label: string | null;
  readonly date: CalendarDate;
  readonly number: number;
}

/** A page of results and the cursor for the next one (absent on the last page). */
export interface Page<T> {
  readonly items: readonly T[];
  readonly next?: string;
}

/**
 * The journal's storage port. Every implementation (in-memory, SQLite, PostgreSQL) passes the same
 * contract suite. A write that resolves is durable. Records are returned oldest first: revisions by
 * number; sessions, check-ins, ratings and photos by date, then `recordedAt`, then id. What goes in is
 * copied, and what comes out is the caller's own.
 */
export interface Repository {
  /** Checks that the database answers; rejects when it does not. */
  health(): Promise<void>;
  close(): Promise<void>;

  /** Stores a new course with its revision 0 (`course.current`). */
  createCourse(course: Course): Promise<void>;
  getCourse(id: string): Promise<Course | undefined>;
  /**
   * Courses oldest first (by `createdAt`, then id), `limit` (1–1000) at a time; pass a page's `next`
   * as `after` for the following page. An `after` it did not give out rejects with `InvalidCursorError`.
   */
  listCourses(options: {
    readonly limit: number;
    readonly after?: string;
  }): Promise<Page<CourseSummary>>;
  /** Deletes a course and everything recorded for it; false when there was none. */
  deleteCourse(id: string): Promise<boolean>;
  /** Adds a revision, makes it the course's current one and sets its next due date. */
  saveRevision(
    courseId: string,
    revision: PlanRevision,
    nextDue: CalendarDate | null,
  ): Promise<void>;

  addSession(courseId: string, session: PerformedSession): Promise<void>;
  addCheckIn(courseId: string, checkIn: CheckIn): Promise<void>;
  addRating(courseId: string, rating: ProgressRating): Promise<void>;
  addPhoto(courseId: string, photo: Photo): Promise<void>;
  getPhoto(courseId: string, photoId: string): Promise<Photo | undefined>;
  deletePhoto(courseId: string, photoId: string): Promise<boolean>;

  /** A course and everything recorded for it, in one read. */
  getHistory(courseId: string): Promise<CourseHistory | undefined>;
  /**
   * Courses whose next session (`nextDue`) falls between two dates (inclusive), soonest first, then by
   * course id. `number` is the current plan's session on that date (the first one after it when none
   * falls on it exactly; the number after the plan's last session when it is past them all).
   */
  sessionsDue(
    from: CalendarDate,
    to: CalendarDate,
    options: { readonly limit: number },
  ): Promise<readonly DueSession[]>;

  /** Sets (or with null, revokes) the hash of a course's calendar-feed secret. */
  setFeedToken(courseId: string, tokenHash: string | null): Promise<void>;
  findCourseByFeedToken(tokenHash: string): Promise<string | undefined>;

  /** Bulk import: many courses, or many sessions, in as few transactions as the store allows. */
  importCourses(courses: readonly Course[]): Promise<void>;
  importSessions(
    rows: readonly { readonly courseId: string; readonly session: PerformedSession }[],
  ): Promise<void>;

  /**
   * Runs `task` while holding an exclusive lock on one course, which every process using the same
   * database respects (memory: this repository; SQLite: every opener of the file; PostgreSQL: every
   * pool on the database and schema). Tasks on one course run one at a time; other courses are not
   * held up. The lock is released however the task ends; it is not re-entrant (a task must not ask
   * for its own course's lock again). Waiting longer than the store's lock timeout rejects with
   * `CourseLockTimeoutError` without running the task.
   */
  withCourseLock<T>(courseId: string, task: () => Promise<T>): Promise<T>;
}

/** Thrown by a store when a write names a course that does not exist. */
export class CourseNotFoundError extends Error {
  constructor(readonly courseId: string) {
    super(`No course ${courseId}`);
    this.name = "CourseNotFoundError";
  }
}

/**
 * Thrown by a store when a write would repeat a key that must be unique: a course, revision or record
 * id already stored, or a feed-token hash another course holds. Nothing of the write is kept.
 */
export class DuplicateRecordError extends Error {
  constructor(
    readonly table: string,
    readonly key: string,
  ) {
    super(`${table}: ${key} is already stored`);
    this.name = "DuplicateRecordError";
  }
}

/**
 * Thrown by `withCourseLock` when another process held the course's lock for longer than the store
 * waits (`waitedMs`): the task did not run. Trying again later is safe.
 */
export class CourseLockTimeoutError extends Error {
  constructor(
    readonly courseId: string,
    readonly waitedMs: number,
  ) {
    super(`Course ${courseId} stayed locked by another writer for ${waitedMs} ms`);
    this.name = "CourseLockTimeoutError";
  }
}

/** Thrown by `listCourses` when `after` is not a cursor it gave out. */
export class InvalidCursorError extends Error {
  constructor(readonly cursor: string) {
    super(`Not a course-list cursor: ${JSON.stringify(cursor.slice(0, 80))}`);
    this.name = "InvalidCursorError";
  }
}

/**
 * Thrown when a row read back from the database does not hold what the store wrote: names the table,
 * the row's id and the field, so the damage can be found and mended. The store never hands it out.
 */
export class CorruptRecordError extends Error {
  constructor(
    readonly table: string,
    readonly id: string,
    readonly field: string,
    readonly detail: string,
  ) {
    super(`Unreadable ${table} row ${id}: ${field}: ${detail}`);
    this.name = "CorruptRecordError";
  }
}
