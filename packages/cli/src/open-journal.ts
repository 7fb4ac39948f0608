import { join } from "node:path";
import type { JournalContext } from "@mnplan/journal";
import { createPhotoStore, openRepository, type PhotoStore, type Repository } from "@mnplan/store";
import { failed, reportFailure } from "./failure.js";
import type { Io } from "./io.js";
import { lastString, type Flags } from "./read-flags.js";

/** The local journal: the database, the photo files beside it, and what recording needs. */
export interface Journal extends JournalContext {
  readonly photos: PhotoStore;
}

/** Where the database is, as the server reads it: `--data-dir`, else `DATA_DIR`, else `./data`; `DATABASE_URL` for PostgreSQL. */
export function readDataDir(flags: Flags, io: Io): string {
  return lastString(flags, "data-dir")?.trim() || io.env.DATA_DIR?.trim() || "./data";
}

/**
 * Opens the journal's database, runs `task` against it and closes it, whatever the task came to.
 * A database that cannot be opened is a failure (status 1) naming where it was looked for.
 */
export async function withJournal(
  flags: Flags,
  io: Io,
  task: (journal: Journal) => Promise<number>,
): Promise<number> {
  const dataDir = readDataDir(flags, io);
  const databaseUrl = io.env.DATABASE_URL?.trim() || undefined;
  let repository: Repository;
  try {
    repository = await openRepository({ dataDir, databaseUrl });
  } catch (error) {
    const where = databaseUrl === undefined ? "--data-dir" : "DATABASE_URL";
    const why = error instanceof Error ? error.message : String(error);
    return reportFailure(io, failed(where, `Cannot open the database: ${why}`).failure);
  }
  try {
    return await task({
      repository,
      photos: createPhotoStore(join(dataDir, "photos")),
      now: () => io.now(),
      packs: {},
    });
  } finally {
    await repository.close();
  }
}
