import { randomUUID } from "node:crypto";
import { setTimeout as delay } from "node:timers/promises";
import BetterSqlite3 from "better-sqlite3";
import type { Kysely } from "kysely";
import { createCourseQueue } from "./course-queue.js";
import type { Database } from "./database.js";
import { CourseLockTimeoutError } from "./repository.js";

export interface SqliteCourseLockOptions {
  /** How long to wait for a lock another process holds before `CourseLockTimeoutError` (default 10 s). */
  readonly timeoutMs?: number | undefined;
  /**
   * How long a lock row is good for unless its holder renews it (default 30 s; renewed every third of
   * that while the task runs). A process killed while holding a lock holds it no longer than this.
   */
  readonly expiryMs?: number | undefined;
}

const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_EXPIRY_MS = 30_000;
const FIRST_PAUSE_MS = 2;
const LONGEST_PAUSE_MS = 50;

/**
 * `withCourseLock` for a SQLite file that several processes may open (the server and the CLI): a row
 * per locked course in `course_locks` (owner, expiry), claimed with one atomic upsert that succeeds
 * only when the row is absent or expired, polled with a growing pause, renewed while the task runs
 * and deleted (by its owner only) when it ends. Tasks of this process queue in memory first.
 */
export function createSqliteCourseLock(
  database: BetterSqlite3.Database,
  db: Kysely<Database>,
  options: SqliteCourseLockOptions = {},
): <T>(courseId: string, task: () => Promise<T>) => Promise<T> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const expiryMs = options.expiryMs ?? DEFAULT_EXPIRY_MS;
  const claimRow = database.prepare<[string, string, number, number]>(
    `insert into course_locks (course_id, owner, expires_at) values (?, ?, ?)
     on conflict (course_id) do update set owner = excluded.owner, expires_at = excluded.expires_at
     where course_locks.expires_at <= ?`,
  );
  const renewRow = database.prepare<[number, string, string]>(
    "update course_locks set expires_at = ? where course_id = ? and owner = ?",
  );
  const deleteRow = database.prepare<[string, string]>(
    "delete from course_locks where course_id = ? and owner = ?",
  );
  const queue = createCourseQueue();

  /** Runs a statement under kysely's lock on the one connection, never inside another's transaction. */
  const onConnection = <T>(run: () => T): Promise<T> =>
    db.connection().execute(() => Promise.resolve().then(run));

  async function claim(courseId: string, owner: string): Promise<boolean> {
    try {
      return await onConnection(() => {
        const now = Date.now();
        return claimRow.run(courseId, owner, now + expiryMs, now).changes === 1;
      });
    } catch (error) {
      // Another process kept the file's write lock past busy_timeout: the lock is not ours yet.
      if (error instanceof BetterSqlite3.SqliteError && error.code.startsWith("SQLITE_BUSY"))
        return false;
      throw error;
    }
  }

  async function acquire(courseId: string): Promise<string> {
    const owner = `${process.pid}:${randomUUID()}`;
    const started = Date.now();
    for (let pause = FIRST_PAUSE_MS; ; pause = Math.min(pause * 2, LONGEST_PAUSE_MS)) {
      if (await claim(courseId, owner)) return owner;
      const waited = Date.now() - started;
      if (waited >= timeoutMs) throw new CourseLockTimeoutError(courseId, waited);
      // Jittered, so waiting processes do not poll in step.
      await delay(Math.min(pause * (0.5 + Math.random()), timeoutMs - waited));
    }
  }

  return (courseId, task) =>
    queue(courseId, async () => {
      const owner = await acquire(courseId);
      const renew = setInterval(() => {
        onConnection(() => renewRow.run(Date.now() + expiryMs, courseId, owner)).catch(
          () => undefined, // a missed renewal only shortens the lock's life to its expiry
        );
      }, expiryMs / 3);
      renew.unref();
      try {
        return await task();
      } finally {
        clearInterval(renew);
        // When the row cannot be deleted (the repository was closed), it expires on its own.
        await onConnection(() => deleteRow.run(courseId, owner)).catch(() => undefined);
      }
    });
}
