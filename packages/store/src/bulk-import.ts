import type { Course, CourseHistory } from "@mnplan/core";
import { toCourseRow, toRecordRow, toRevisionRow } from "./encode-rows.js";
import { findConflict, findDuplicate } from "./find-conflict.js";
import { CourseNotFoundError, DuplicateRecordError } from "./repository.js";
import { writeMapped, type SqlDriver } from "./sql-driver.js";

type SessionRow = {
  readonly courseId: string;
  readonly session: CourseHistory["sessions"][number];
};

/** Many courses with their revision 0, in one transaction: all of them, or none. */
export async function importCourses(driver: SqlDriver, courses: readonly Course[]): Promise<void> {
  const ids = courses.map((course) => course.id);
  const repeated = findDuplicate(ids);
  if (repeated !== undefined) throw new DuplicateRecordError("courses", repeated);
  await writeMapped(
    driver,
    () =>
      driver.insertMany([
        { table: "courses", rows: mapLazily(courses, toCourseRow) },
        { table: "revisions", rows: mapLazily(courses, (c) => toRevisionRow(c.id, c.current)) },
      ]),
    async () => {
      const stored = await findConflict(driver.db, "courses", ids, "present");
      return new DuplicateRecordError("courses", stored ?? "?");
    },
  );
}

/** Many sessions, in one transaction: all of them, or none. */
export async function importSessions(
  driver: SqlDriver,
  rows: readonly SessionRow[],
): Promise<void> {
  const ids = rows.map((row) => row.session.id);
  const repeated = findDuplicate(ids);
  if (repeated !== undefined) throw new DuplicateRecordError("sessions", repeated);
  await writeMapped(
    driver,
    () =>
      driver.insertMany([
        {
          table: "sessions",
          rows: mapLazily(rows, (row) => toRecordRow(row.courseId, row.session)),
        },
      ]),
    async (violation) => {
      if (violation === "foreign-key") {
        const courseIds = rows.map((row) => row.courseId);
        const missing = await findConflict(driver.db, "courses", courseIds, "absent");
        return new CourseNotFoundError(missing ?? "?");
      }
      const stored = await findConflict(driver.db, "sessions", ids, "present");
      return new DuplicateRecordError("sessions", stored ?? "?");
    },
  );
}

/** `items.map(toRow)`, built one row at a time as the driver reads them. */
function* mapLazily<T, R>(items: readonly T[], toRow: (item: T) => R): Generator<R> {
  for (const item of items) yield toRow(item);
}
