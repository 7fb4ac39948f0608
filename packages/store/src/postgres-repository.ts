import { Kysely, PostgresDialect, sql } from "kysely";
import pg from "pg";
import type { Database } from "./database.js";
import { migrateToLatest } from "./migrate-to-latest.js";
import { createPostgresCourseLock } from "./postgres-course-lock.js";
import { insertManyPostgres } from "./postgres-insert-many.js";
import type { Repository } from "./repository.js";
import type { SqlDriver, Violation } from "./sql-driver.js";
import { createSqlRepository } from "./sql-repository.js";

export interface PostgresOptions {
  /** `postgres://user:password@host:port/database` */
  readonly url: string;
  /** A schema to keep the tables in (created if missing), instead of the connection's default. */
  readonly schema?: string;
  /** The most connections the pool opens (default 10). */
  readonly maxConnections?: number;
  /** How long to wait for a connection before failing (default 10 s), so a dead server fails fast. */
  readonly connectTimeoutMs?: number;
  /** How long `withCourseLock` waits for another holder before `CourseLockTimeoutError` (default 10 s). */
  readonly courseLockTimeoutMs?: number;
}

/** A pool and a Kysely instance over it, with `search_path` set to `schema` when one is given. */
export function openPostgresDatabase(options: PostgresOptions): Kysely<Database> {
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.maxConnections ?? 10,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 10_000,
    ...(options.schema === undefined
      ? {}
      : { options: `-c search_path=${quoteIdentifier(options.schema)}` }),
  });
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

/** The repository in a PostgreSQL database (pg pool): migrated to the latest schema when it opens. */
export async function openPostgresRepository(options: PostgresOptions): Promise<Repository> {
  const db = openPostgresDatabase(options);
  let schema: string;
  try {
    schema = await migrateSchema(db, options.schema);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  // A pool of its own for the lock sessions (as many connections again, at most).
  const lock = createPostgresCourseLock({
    url: options.url,
    namespace: schema,
    maxConnections: options.maxConnections ?? 10,
    connectTimeoutMs: options.connectTimeoutMs ?? 10_000,
    timeoutMs: options.courseLockTimeoutMs ?? 10_000,
  });
  const driver: SqlDriver = {
    dialect: "postgres",
    db,
    insertMany: (batches) => insertManyPostgres(db, batches),
    violation: postgresViolation,
    withCourseLock: (courseId, task) => lock.withCourseLock(courseId, task),
    close: async () => {
      await Promise.all([db.destroy(), lock.close()]);
    },
  };
  return createSqlRepository(driver);
}

/** Creates the schema when one is named, migrates it to the latest version; its name. */
async function migrateSchema(db: Kysely<Database>, named: string | undefined): Promise<string> {
  if (named !== undefined) await sql`create schema if not exists ${sql.id(named)}`.execute(db);
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  const schema = rows[0]?.schema;
  if (!schema) throw new Error("PostgreSQL has no current schema: check the search_path");
  await migrateToLatest(db as Kysely<unknown>, "postgres", schema);
  return schema;
}

function postgresViolation(error: unknown): Violation | undefined {
  const code = error instanceof pg.DatabaseError ? error.code : undefined;
  if (code === "23503") return "foreign-key";
  if (code === "23505") return "unique";
  return undefined;
}

function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
