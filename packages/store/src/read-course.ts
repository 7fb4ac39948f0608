import type { CourseHistory, Course } from "@mnplan/core";
import { sql, type Kysely } from "kysely";
import type { Database, RecordTableName } from "./database.js";
import { decodeCourse, decodeRecord, decodeRevision } from "./decode-rows.js";
import { CorruptRecordError } from "./repository.js";

export function missingRevision(courseId: string, number: unknown): CorruptRecordError {
  return new CorruptRecordError(
    "courses",
    courseId,
    "current_revision",
    `no revision ${String(number)} stored`,
  );
}

/** A course with its current revision, in one statement (so a concurrent revision cannot split it). */
export async function readCurrentCourse(
  db: Kysely<Database>,
  id: string,
): Promise<Course | undefined> {
  const row = await db
    .selectFrom("courses")
    .leftJoin("revisions", (join) =>
      join
        .onRef("revisions.course_id", "=", "courses.id")
        .onRef("revisions.number", "=", "courses.current_revision"),
    )
    .selectAll("courses")
    .select([
      "revisions.number as revision_number",
      "revisions.created_at as revision_created_at",
      "revisions.cause as revision_cause",
      "revisions.state as revision_state",
      "revisions.plan as revision_plan",
      "revisions.changes as revision_changes",
    ])
    .where("courses.id", "=", id)
    .executeTakeFirst();
  if (!row) return undefined;
  if (row.revision_number === null) throw missingRevision(id, row.current_revision);
  const current = decodeRevision({
    course_id: id,
    number: row.revision_number,
    created_at: row.revision_created_at,
    cause: row.revision_cause,
    state: row.revision_state,
    plan: row.revision_plan,
    changes: row.revision_changes,
  });
  return decodeCourse(row, current);
}

type Records = Omit<CourseHistory, "course" | "revisions">;

/** A course's sessions, check-ins, ratings and photos, in one query, oldest first. */
export async function readRecords(db: Kysely<Database>, courseId: string): Promise<Records> {
  const from = (table: RecordTableName) =>
    db
      .selectFrom(table)
      .select([
        sql<RecordTableName>`${sql.lit(table)}`.as("kind"),
        "id",
        "date",
        "recorded_at",
        "data",
      ])
      .where("course_id", "=", courseId);
  const rows = await from("sessions")
    .unionAll(from("check_ins"))
    .unionAll(from("ratings"))
    .unionAll(from("photos"))
    .orderBy("date")
    .orderBy("recorded_at")
    .orderBy("id")
    .execute();
  const records: { -readonly [K in keyof Records]: unknown[] } = {
    sessions: [],
    checkIns: [],
    ratings: [],
    photos: [],
  };
  for (const row of rows) {
    switch (row.kind) {
      case "sessions":
        records.sessions.push(decodeRecord("sessions", row));
        break;
      case "check_ins":
        records.checkIns.push(decodeRecord("check_ins", row));
        break;
      case "ratings":
        records.ratings.push(decodeRecord("ratings", row));
        break;
      case "photos":
        records.photos.push(decodeRecord("photos", row));
        break;
    }
  }
  return records as Records;
}
