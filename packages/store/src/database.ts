import type { ColumnType, Generated } from "kysely";

/** A JSON column: JSON text in both dialects, parsed and checked where it is read (`row-reader.ts`). */
export type JsonColumn = ColumnType<unknown, string, string>;

export interface CourseTable {
  id: string;
  created_at: string;
  label: string | null;
  request: JsonColumn;
  rules_id: string;
  rules_version: string;
  current_revision: number;
  state: string;
  status: string;
  next_due: string | null;
  /** The current plan's session number on `next_due`, kept beside it so "sessions due" reads no plan. */
  next_due_number: number | null;
  feed_token_hash: string | null;
}

export interface RevisionTable {
  course_id: string;
  number: number;
  created_at: string;
  cause: string;
  state: string;
  /** The plan's JSON, compressed (`compress-plan.ts`). */
  plan: Uint8Array;
  changes: JsonColumn;
}

/** Sessions, check-ins, ratings and photos: the columns a query needs, the rest of the record as JSON. */
export interface RecordTable {
  id: string;
  course_id: string;
  date: string;
  recorded_at: string;
  data: JsonColumn;
}

export interface Database {
  courses: CourseTable;
  revisions: RevisionTable;
  sessions: RecordTable;
  check_ins: RecordTable;
  ratings: RecordTable;
  photos: RecordTable;
}

export type RecordTableName = "sessions" | "check_ins" | "ratings" | "photos";

/** The rows kysely's migrator keeps, read by tests that check a migration ran once. */
export interface MigrationTable {
  name: string;
  timestamp: Generated<string>;
}
