import type { CalendarDate, Course, CourseHistory, PlanRevision } from "@mnplan/core";
import { sql } from "kysely";
import type { RecordTableName } from "./database.js";
import {
  decodeCourse,
  decodeDueSession,
  decodeRevision,
  decodeRecord,
  decodeSummary,
} from "./decode-rows.js";
import {
  dueSessionNumber,
  toCourseRow,
  toRecordRow,
  toRevisionRow,
  type JournalRecord,
} from "./encode-rows.js";
import { importCourses, importSessions } from "./bulk-import.js";
import { checkLimit, decodeCursor, encodeCursor } from "./page-cursor.js";
import { missingRevision, readCurrentCourse, readRecords } from "./read-course.js";
import { CourseNotFoundError, DuplicateRecordError, type Repository } from "./repository.js";
import { writeMapped, type Explain, type SqlDriver } from "./sql-driver.js";

/** The repository over SQL, one query module for SQLite and PostgreSQL (kysely). */
export function createSqlRepository(driver: SqlDriver): Repository {
  const { db } = driver;
  let closing: Promise<void> | undefined;

  const write = <T>(run: () => Promise<T>, explain: Explain) => writeMapped(driver, run, explain);

  async function addRecord(table: RecordTableName, courseId: string, record: JournalRecord) {
    await write(
      () => db.insertInto(table).values(toRecordRow(courseId, record)).execute(),
      (violation) =>
        Promise.resolve(
          violation === "foreign-key"
            ? new CourseNotFoundError(courseId)
            : new DuplicateRecordError(table, record.id),
        ),
    );
  }

  async function deleteRow(query: { executeTakeFirst(): Promise<{ numDeletedRows: bigint }> }) {
    return (await query.executeTakeFirst()).numDeletedRows > 0n;
  }

  return {
    async health() {
      await sql`select 1`.execute(db);
    },
    close() {
      closing ??= driver.close();
      return closing;
    },

    async createCourse(course: Course) {
      await write(
        () =>
          db.transaction().execute(async (trx) => {
            await trx.insertInto("courses").values(toCourseRow(course)).execute();
            await trx
              .insertInto("revisions")
              .values(toRevisionRow(course.id, course.current))
              .execute();
          }),
        () => Promise.resolve(new DuplicateRecordError("courses", course.id)),
      );
    },
    getCourse: (id) => readCurrentCourse(db, id),

    async listCourses({ limit, after }) {
      checkLimit(limit);
      const from = after === undefined ? undefined : decodeCursor(after);
      const rows = await db
        .selectFrom("courses")
        .select(["id", "created_at", "label", "state", "status", "next_due"])
        .$if(from !== undefined, (q) =>
          q.where((eb) =>
            eb(
              eb.refTuple("created_at", "id"),
              ">",
              eb.tuple(from?.createdAt ?? "", from?.id ?? ""),
            ),
          ),
        )
        .orderBy("created_at")
        .orderBy("id")
        .limit(limit + 1)
        .execute();
      const items = rows.slice(0, limit).map(decodeSummary);
      const last = items.at(-1);
      return rows.length > limit && last ? { items, next: encodeCursor(last) } : { items };
    },
    deleteCourse: (id) => deleteRow(db.deleteFrom("courses").where("id", "=", id)),

    async saveRevision(courseId: string, revision: PlanRevision, nextDue: CalendarDate | null) {
      await write(
        () =>
          db.transaction().execute(async (trx) => {
            await trx.insertInto("revisions").values(toRevisionRow(courseId, revision)).execute();
            await trx
              .updateTable("courses")
              .set({
                current_revision: revision.number,
                state: revision.state,
                status: revision.plan.status,
                next_due: nextDue,
                next_due_number: dueSessionNumber(revision.plan, nextDue),
              })
              .where("id", "=", courseId)
              .execute();
          }),
        (violation) =>
          Promise.resolve(
            violation === "foreign-key"
              ? new CourseNotFoundError(courseId)
              : new DuplicateRecordError("revisions", `${courseId} revision ${revision.number}`),
          ),
      );
    },

    addSession: (courseId, session) => addRecord("sessions", courseId, session),
    addCheckIn: (courseId, checkIn) => addRecord("check_ins", courseId, checkIn),
    addRating: (courseId, rating) => addRecord("ratings", courseId, rating),
    addPhoto: (courseId, photo) => addRecord("photos", courseId, photo),
    async getPhoto(courseId, photoId) {
      const row = await db
        .selectFrom("photos")
        .selectAll()
        .where("id", "=", photoId)
        .where("course_id", "=", courseId)
        .executeTakeFirst();
      return row && decodeRecord("photos", row);
    },
    deletePhoto: (courseId, photoId) =>
      deleteRow(
        db.deleteFrom("photos").where("id", "=", photoId).where("course_id", "=", courseId),
      ),

    getHistory(courseId): Promise<CourseHistory | undefined> {
      // One snapshot: the course and its records as they stood at one moment.
      return db
        .transaction()
        .setIsolationLevel("repeatable read")
        .setAccessMode("read only")
        .execute(async (trx) => {
          const course = await trx
            .selectFrom("courses")
            .selectAll()
            .where("id", "=", courseId)
            .executeTakeFirst();
          if (!course) return undefined;
          const revisionRows = await trx
            .selectFrom("revisions")
            .selectAll()
            .where("course_id", "=", courseId)
            .orderBy("number")
            .execute();
          const revisions = revisionRows.map(decodeRevision);
          const current = revisions.find((revision) => revision.number === course.current_revision);
          if (!current) throw missingRevision(courseId, course.current_revision);
          return {
            course: decodeCourse(course, current),
            revisions,
            ...(await readRecords(trx, courseId)),
          };
        });
    },

    async sessionsDue(from, to, { limit }) {
      checkLimit(limit);
      const rows = await db
        .selectFrom("courses")
        .select(["id", "label", "next_due", "next_due_number"])
        .where("next_due", ">=", from)
        .where("next_due", "<=", to)
        .orderBy("next_due")
        .orderBy("id")
        .limit(limit)
        .execute();
      return rows.map(decodeDueSession);
    },

    async setFeedToken(courseId, tokenHash) {
      const result = await write(
        () =>
          db
            .updateTable("courses")
            .set({ feed_token_hash: tokenHash })
            .where("id", "=", courseId)
            .executeTakeFirst(),
        () => Promise.resolve(new DuplicateRecordError("courses", "feed_token_hash")),
      );
      if (result.numUpdatedRows === 0n) throw new CourseNotFoundError(courseId);
    },
    async findCourseByFeedToken(tokenHash) {
      const row = await db
        .selectFrom("courses")
        .select("id")
        .where("feed_token_hash", "=", tokenHash)
        .executeTakeFirst();
      return row?.id;
    },

    importCourses: (courses) => importCourses(driver, courses),
    importSessions: (rows) => importSessions(driver, rows),

    withCourseLock: (courseId, task) => driver.withCourseLock(courseId, task),
  };
}
