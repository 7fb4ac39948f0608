import type { Kysely } from "kysely";
import type { Database } from "./database.js";
import type { SqlDialect } from "./migrate-to-latest.js";

/**
 * Rows for one table, all with the same columns. Read once, in order; they may be built as they are
 * read, so a driver can send some while the rest are still being built.
 */
export interface InsertBatch {
  readonly table: keyof Database;
  readonly rows: Iterable<Readonly<Record<string, unknown>>>;
}

export type Violation = "foreign-key" | "unique";

/** What a driver adapter gives the shared query module: everything else is the same SQL for both. */
export interface SqlDriver {
  readonly dialect: SqlDialect;
  readonly db: Kysely<Database>;
  /** Inserts every batch, in order, in one transaction: the bulk path of the imports. */
  insertMany(batches: readonly InsertBatch[]): Promise<void>;
  /** The constraint a driver error reports breaking, if any. */
  violation(error: unknown): Violation | undefined;
  /** The port's `withCourseLock`: a lock every process on the same database respects. */
  withCourseLock<T>(courseId: string, task: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Builds the port's error for a broken constraint (it may query to find the offending key). */
export type Explain = (violation: Violation) => Promise<Error | undefined>;

/** Runs a write and turns a broken constraint into the port's error for it; rethrows anything else. */
export async function writeMapped<T>(
  driver: SqlDriver,
  run: () => Promise<T>,
  explain: Explain,
): Promise<T> {
  try {
    return await run();
  } catch (error) {
    const violation = driver.violation(error);
    throw (violation && (await explain(violation))) ?? error;
  }
}
