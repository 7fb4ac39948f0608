import { Kysely, PostgresDialect, sql } from "kysely";
import pg from "pg";
import type { Database } from "./database.js";
import { migrateToLatest } from "./migrate-to-latest.js";
import type { Repository } from "./repository.js";
import {
  createSqlRepository,
  type InsertBatch,
  type SqlDriver,
  type Violation,
} from "./sql-repository.js";

/** PostgreSQL allows at most 65,535 parameters in one statement. */
const MAX_PARAMETERS = 65_000;

export interface PostgresOptions {
  /** `postgres://user:password@host:port/database` */
  readonly url: string;
  /** A schema to keep the tables in (created if missing), instead of the connection's default. */
  readonly schema?: string;
  /** The most connections the pool opens (default 10). */
  readonly maxConnections?: number;
  /** How long to wait for a connection before failing (default 10 s), so a dead server fails fast. */
  readonly connectTimeoutMs?: number;
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
  try {
    if (options.schema !== undefined)
      await sql`create schema if not exists ${sql.id(options.schema)}`.execute(db);
    await migrateToLatest(db as Kysely<unknown>, "postgres");
  } catch (error) {
    await db.destroy();
    throw error;
  }
  const driver: SqlDriver = {
    dialect: "postgres",
    db,
    insertMany: (batches) =>
      db.transaction().execute(async (trx) => {
        for (const batch of batches) {
          for (const rows of chunk(batch)) await trx.insertInto(batch.table).values(rows).execute();
        }
      }),
    violation: postgresViolation,
    close: () => db.destroy(),
  };
  return createSqlRepository(driver);
}

/** Multi-row INSERTs as large as the parameter limit allows. */
function* chunk({ rows }: InsertBatch): Generator<Readonly<Record<string, unknown>>[]> {
  const columns = Object.keys(rows[0] ?? {}).length || 1;
  const size = Math.max(1, Math.floor(MAX_PARAMETERS / columns));
  for (let start = 0; start < rows.length; start += size) yield rows.slice(start, start + size);
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
