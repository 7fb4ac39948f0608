import { Migrator, sql, type Kysely, type Migration, type RawBuilder } from "kysely";

export type SqlDialect = "sqlite" | "postgres";

/**
 * The column types each dialect spells its own way; everything else in a migration is shared. JSON is
 * kept as text in both: byte for byte what was written (jsonb would refuse a `\u0000` in a note).
 */
function columnTypes(dialect: SqlDialect) {
  return dialect === "postgres"
    ? // Byte-order collation, so ids and dates sort the same on every server and in memory.
      { text: sql`text collate "C"`, bytes: sql`bytea` }
    : { text: sql`text`, bytes: sql`blob` };
}

const RECORD_TABLES = ["sessions", "check_ins", "ratings", "photos"] as const;

function initial(dialect: SqlDialect): Migration {
  const t = columnTypes(dialect);
  // STRICT makes SQLite refuse a value of the wrong type, as PostgreSQL does.
  const strict = <T extends { modifyEnd(modifier: RawBuilder<unknown>): T }>(table: T): T =>
    dialect === "sqlite" ? table.modifyEnd(sql`strict`) : table;
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("courses")
        .addColumn("id", t.text, (c) => c.primaryKey())
        .addColumn("created_at", t.text, (c) => c.notNull())
        .addColumn("label", t.text)
        .addColumn("request", t.text, (c) => c.notNull())
        .addColumn("rules_id", t.text, (c) => c.notNull())
        .addColumn("rules_version", t.text, (c) => c.notNull())
        .addColumn("current_revision", "integer", (c) => c.notNull())
        .addColumn("state", t.text, (c) => c.notNull())
        .addColumn("status", t.text, (c) => c.notNull())
        .addColumn("next_due", t.text)
        .addColumn("next_due_number", "integer")
        .addColumn("feed_token_hash", t.text, (c) => c.unique())
        .$call(strict)
        .execute();
      await db.schema
        .createIndex("courses_by_created_at")
        .on("courses")
        .columns(["created_at", "id"])
        .execute();
      await db.schema
        .createIndex("courses_by_next_due")
        .on("courses")
        .columns(["next_due", "id"])
        .where(sql.ref("next_due"), "is not", null)
        .execute();

      await db.schema
        .createTable("revisions")
        .addColumn("course_id", t.text, (c) =>
          c.notNull().references("courses.id").onDelete("cascade"),
        )
        .addColumn("number", "integer", (c) => c.notNull())
        .addColumn("created_at", t.text, (c) => c.notNull())
        .addColumn("cause", t.text, (c) => c.notNull())
        .addColumn("state", t.text, (c) => c.notNull())
        .addColumn("plan", t.bytes, (c) => c.notNull())
        .addColumn("changes", t.text, (c) => c.notNull())
        .addPrimaryKeyConstraint("revisions_pk", ["course_id", "number"])
        .$call(strict)
        .execute();

      for (const table of RECORD_TABLES) {
        await db.schema
          .createTable(table)
          .addColumn("id", t.text, (c) => c.primaryKey())
          .addColumn("course_id", t.text, (c) =>
            c.notNull().references("courses.id").onDelete("cascade"),
          )
          .addColumn("date", t.text, (c) => c.notNull())
          .addColumn("recorded_at", t.text, (c) => c.notNull())
          .addColumn("data", t.text, (c) => c.notNull())
          .$call(strict)
          .execute();
        await db.schema
          .createIndex(`${table}_by_course_date`)
          .on(table)
          .columns(["course_id", "date"])
          .execute();
      }
    },
  };
}

/**
 * SQLite only: one row per locked course, shared by every process that opens the file
 * (`sqlite-course-lock.ts`). PostgreSQL's course locks are advisory locks and need no table.
 */
const courseLocks: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("course_locks")
      .addColumn("course_id", "text", (c) => c.primaryKey())
      .addColumn("owner", "text", (c) => c.notNull())
      .addColumn("expires_at", "integer", (c) => c.notNull())
      .modifyEnd(sql`strict`)
      .execute();
  },
};

/** Every migration, by name; names sort in the order they apply. Append, never edit one that shipped. */
export function buildMigrations(dialect: SqlDialect): Record<string, Migration> {
  return dialect === "sqlite"
    ? { "001-initial": initial(dialect), "002-course-locks": courseLocks }
    : { "001-initial": initial(dialect) };
}

/**
 * Applies the migrations not yet applied: on PostgreSQL under kysely's lock and in one transaction
 * (safe with several servers starting); SQLite callers hold the file's write lock around it.
 * PostgreSQL names the schema its bookkeeping tables live in: without it, kysely would take another
 * schema's `kysely_migration` table for ours.
 */
export async function migrateToLatest(
  db: Kysely<unknown>,
  dialect: SqlDialect,
  schema?: string,
): Promise<void> {
  const migrations = buildMigrations(dialect);
  const migrator = new Migrator({
    db,
    provider: { getMigrations: () => Promise.resolve(migrations) },
    ...(schema === undefined ? {} : { migrationTableSchema: schema }),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error !== undefined) {
    const failed = results?.find((result) => result.status === "Error")?.migrationName;
    throw new Error(
      `Database migration ${failed ?? ""} failed: ${error instanceof Error ? error.message : JSON.stringify(error)}`,
      {
        cause: error,
      },
    );
  }
}
