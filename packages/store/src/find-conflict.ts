import type { Kysely } from "kysely";
import type { Database } from "./database.js";

/** The first value given twice, if any. */
export function findDuplicate(values: readonly string[]): string | undefined {
  const seen = new Set<string>();
  for (const value of values) {
    if (seen.has(value)) return value;
    seen.add(value);
  }
  return undefined;
}

const CHUNK = 500;

/**
 * After a bulk write failed on a constraint: the first id already `present` in a table (a unique key
 * repeated), or `absent` from it (a course a record names that does not exist). Only runs on failure.
 */
export async function findConflict(
  db: Kysely<Database>,
  table: "courses" | "sessions",
  ids: readonly string[],
  want: "present" | "absent",
): Promise<string | undefined> {
  const unique = [...new Set(ids)];
  for (let start = 0; start < unique.length; start += CHUNK) {
    const chunk = unique.slice(start, start + CHUNK);
    const rows = await db.selectFrom(table).select("id").where("id", "in", chunk).execute();
    const found = new Set(rows.map((row) => row.id));
    const hit = chunk.find((id) => found.has(id) === (want === "present"));
    if (hit !== undefined) return hit;
  }
  return undefined;
}
