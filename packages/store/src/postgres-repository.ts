import { Kysely, PostgresDialect, sql } from "kysely";
import pg from "pg";
import type { Database } from "./database.js";
import { migrateToLatest } from "./migrate-to-latest.js";
import { encodeTextArray } from "./encode-text-array.js";
import { createPostgresCourseLock } from "./postgres-course-lock.js";
import type { Repository } from "./repository.js";
import type { InsertBatch, SqlDriver, Violation } from "./sql-driver.js";
import { createSqlRepository } from "./sql-repository.js";

const ROWS_PER_STATEMENT = 5_000;

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
    insertMany: (batches) =>
      db.transaction().execute(async (trx) => {
        for (const batch of batches) {
          for (const rows of chunk(batch)) await insertColumns(trx, batch.table, rows);
        }
      }),
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

/** Rows a statement at a time: few enough that one statement's arrays stay a few megabytes. */
function* chunk({ rows }: InsertBatch): Generator<Readonly<Record<string, unknown>>[]> {
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    yield rows.slice(start, start + ROWS_PER_STATEMENT);
  }
}

/**
 * One INSERT per chunk. Rows whose values are all text (the journal's records) travel as one binary
 * `text[]` per column, unnested on the server: nothing to quote, escape or parse, and about a fifth
 * less server time than JSON. Others (courses: numbers; revisions: bytes) travel as one JSON
 * parameter, read by json_populate_recordset into the table's own column types.
 */
async function insertColumns(
  db: Kysely<Database>,
  table: keyof Database,
  rows: readonly Readonly<Record<string, unknown>>[],
): Promise<void> {
  const columns = Object.keys(rows[0] ?? {});
  if (columns.length === 0) return;
  const names = sql.join(columns.map((column) => sql.ref(column)));
  const texts = textColumns(rows, columns);
  if (texts !== undefined) {
    const arrays = sql.join(texts.map((values) => sql`${encodeTextArray(values)}::text[]`));
    await sql`insert into ${sql.table(table)} (${names}) select * from unnest(${arrays})`.execute(
      db,
    );
    return;
  }
  // bytea travels as its hex text form (`\x0a1b…`), which the server's bytea input reads.
  const binary = columns.filter((column) => rows[0]?.[column] instanceof Uint8Array);
  const payload = binary.length === 0 ? rows : rows.map((row) => withHex(row, binary));
  const json = JSON.stringify(payload);
  await sql`insert into ${sql.table(table)} (${names})
    select ${names} from json_populate_recordset(null::${sql.table(table)}, ${json}::json)`.execute(
    db,
  );
}

const isText = (value: unknown): value is string | null =>
  value === null || typeof value === "string";

/** Each column's values, when every value of every column is a string or null. */
function textColumns(
  rows: readonly Readonly<Record<string, unknown>>[],
  columns: readonly string[],
): (string | null)[][] | undefined {
  const out: (string | null)[][] = [];
  for (const column of columns) {
    const values = rows.map((row) => row[column] ?? null);
    if (!values.every(isText)) return undefined;
    out.push(values);
  }
  return out;
}

function withHex(row: Readonly<Record<string, unknown>>, columns: readonly string[]) {
  const copy: Record<string, unknown> = { ...row };
  for (const column of columns) {
    copy[column] = `\\x${Buffer.from(row[column] as Uint8Array).toString("hex")}`;
  }
  return copy;
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
