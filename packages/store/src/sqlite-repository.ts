import BetterSqlite3 from "better-sqlite3";
import { Kysely, SqliteDialect } from "kysely";
import type { Database } from "./database.js";
import { migrateToLatest } from "./migrate-to-latest.js";
import { createSqliteCourseLock } from "./sqlite-course-lock.js";
import type { Repository } from "./repository.js";
import type { InsertBatch, SqlDriver, Violation } from "./sql-driver.js";
import { createSqlRepository } from "./sql-repository.js";

/** How long a write waits for another process's lock on the file before it fails. */
const BUSY_TIMEOUT_MS = 5000;
/** Page cache per connection, in KiB (SQLite's default is 2 MiB: too little for a clinic's indexes). */
const CACHE_KIB = 128 * 1024;

/**
 * Opens (creating it if need be) a SQLite database file, with settings under which a write that has
 * resolved survives a crash or power loss, and a Kysely instance over it.
 */
export function openSqliteDatabase(file: string): {
  database: BetterSqlite3.Database;
  db: Kysely<Database>;
} {
  const database = new BetterSqlite3(file);
  try {
    database.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    const mode = database.pragma("journal_mode = WAL", { simple: true }) as string;
    if (mode !== "wal" && file !== ":memory:")
      throw new Error(`SQLite refused WAL mode for ${file} (${mode})`);
    // FULL: each commit syncs the write-ahead log, so an acknowledged write is on disk.
    database.pragma("synchronous = FULL");
    database.pragma("foreign_keys = ON");
    database.pragma(`cache_size = -${CACHE_KIB}`);
  } catch (error) {
    database.close();
    throw error;
  }
  return { database, db: new Kysely<Database>({ dialect: new SqliteDialect({ database }) }) };
}

export interface SqliteOptions {
  readonly file: string;
  /** How long `withCourseLock` waits for another process's lock before `CourseLockTimeoutError` (default 10 s). */
  readonly courseLockTimeoutMs?: number;
  /** How long a course lock lasts unless renewed (default 30 s): a killed process's lock ends after it. */
  readonly courseLockExpiryMs?: number;
}

/** How often a process that finds another one migrating the file tries again. */
const MIGRATION_RETRY_MS = 20;

/**
 * Migrates inside one write transaction. Kysely takes no lock on SQLite and applies each statement
 * on its own, so two processes opening the same new file at once (the server and `mnplan`, say)
 * both created the tables and one failed with "table courses already exists"; a crash between two
 * statements would have left half a schema. Here the first process takes the file's write lock,
 * the others wait for it (asynchronously, so two connections in one process cannot block each
 * other) and then find every migration applied; a failure rolls the whole migration back.
 */
async function migrateUnderWriteLock(
  database: BetterSqlite3.Database,
  db: Kysely<Database>,
): Promise<void> {
  const deadline = Date.now() + BUSY_TIMEOUT_MS;
  database.pragma("busy_timeout = 0");
  try {
    for (;;) {
      try {
        database.exec("BEGIN IMMEDIATE");
        break;
      } catch (error) {
        if (!isBusy(error) || Date.now() >= deadline) throw error;
        await new Promise((resolve) => setTimeout(resolve, MIGRATION_RETRY_MS));
      }
    }
  } finally {
    database.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  }
  try {
    await migrateToLatest(db as Kysely<unknown>, "sqlite");
    database.exec("COMMIT");
  } catch (error) {
    if (database.inTransaction) database.exec("ROLLBACK");
    throw error;
  }
}

const isBusy = (error: unknown): boolean =>
  error instanceof BetterSqlite3.SqliteError && error.code.startsWith("SQLITE_BUSY");

/** The repository in a SQLite file (better-sqlite3): migrated to the latest schema when it opens. */
export async function openSqliteRepository(options: SqliteOptions): Promise<Repository> {
  const { database, db } = openSqliteDatabase(options.file);
  try {
    await migrateUnderWriteLock(database, db);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  const driver: SqlDriver = {
    dialect: "sqlite",
    db,
    // Under kysely's lock on the one connection, one prepared statement per table in one transaction.
    insertMany: (batches) =>
      db.connection().execute(() => Promise.resolve(insertAll(database, batches))),
    violation: sqliteViolation,
    withCourseLock: createSqliteCourseLock(database, db, {
      timeoutMs: options.courseLockTimeoutMs,
      expiryMs: options.courseLockExpiryMs,
    }),
    close: () => db.destroy(),
  };
  return createSqlRepository(driver);
}

function insertAll(database: BetterSqlite3.Database, batches: readonly InsertBatch[]): void {
  database.transaction(() => {
    for (const { table, rows } of batches) {
      let columns: string[] = [];
      let statement: BetterSqlite3.Statement | undefined;
      for (const row of rows) {
        if (statement === undefined) {
          columns = Object.keys(row);
          statement = database.prepare(
            `insert into "${table}" (${columns.map((column) => `"${column}"`).join(", ")}) values (${columns.map(() => "?").join(", ")})`,
          );
        }
        statement.run(columns.map((column) => row[column]));
      }
    }
  })();
}

function sqliteViolation(error: unknown): Violation | undefined {
  const code = error instanceof BetterSqlite3.SqliteError ? error.code : undefined;
  if (code === "SQLITE_CONSTRAINT_FOREIGNKEY") return "foreign-key";
  if (code === "SQLITE_CONSTRAINT_PRIMARYKEY" || code === "SQLITE_CONSTRAINT_UNIQUE")
    return "unique";
  return undefined;
}
