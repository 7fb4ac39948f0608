import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { openPostgresRepository } from "./postgres-repository.js";
import type { Repository } from "./repository.js";
import { openSqliteRepository } from "./sqlite-repository.js";

export interface RepositoryLocation {
  /** The data folder (`DATA_DIR`): the SQLite file lives here when no database URL is given. */
  readonly dataDir: string;
  /** `DATABASE_URL`: a `postgres://` or `postgresql://` URL selects PostgreSQL. */
  readonly databaseUrl?: string | undefined;
}

/** The file name of the embedded database inside the data folder. */
export const SQLITE_FILE_NAME = "mnplan.sqlite3";

/**
 * Opens the repository the configuration names: PostgreSQL for a postgres URL, else the SQLite file
 * `${dataDir}/mnplan.sqlite3` (creating the folder). Any other non-empty URL is refused rather than
 * silently ignored.
 */
export async function openRepository(location: RepositoryLocation): Promise<Repository> {
  const url = location.databaseUrl?.trim() ?? "";
  if (/^postgres(ql)?:\/\//i.test(url)) return openPostgresRepository({ url });
  if (url !== "") {
    throw new Error(
      `DATABASE_URL must be a postgres:// or postgresql:// URL (or unset for SQLite), not ${redact(url)}`,
    );
  }
  await mkdir(location.dataDir, { recursive: true });
  return openSqliteRepository({ file: join(location.dataDir, SQLITE_FILE_NAME) });
}

/** A URL with any password replaced, fit for an error message. */
function redact(url: string): string {
  return url.replace(/\/\/([^:/@]*):[^@]*@/, "//$1:***@");
}
