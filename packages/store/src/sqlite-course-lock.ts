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
const BUSY = Symbol("busy");

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
  const busyTimeoutMs = Number(database.pragma("busy_timeout", { simple: true }));

  /**
   * Runs one lock statement under kysely's lock on the connection (never inside another task's
   * transaction) and without SQLite's busy wait, which would block this process's event loop: BUSY
   * when another connection holds the file's write lock, and the caller tries again after a pause.
   */
  const attempt = <T>(run: () => T): Promise<T | typeof BUSY> =>
    db.connection().execute(() =>
      Promise.resolve().then(() => {
        database.pragma("busy_timeout = 0");
        try {
          return run();
        } catch (error) {
          if (error instanceof BetterSqlite3.SqliteError && error.code.startsWith("SQLITE_BUSY"))
            return BUSY;
          throw error;
        } finally {
          database.pragma(`busy_timeout = ${busyTimeoutMs}`);
        }
      }),
    );

  async function claim(courseId: string, owner: string): Promise<boolean> {
    const now = Date.now();
    const claimed = await attempt(() => claimRow.run(courseId, owner, now + expiryMs, now).changes);
    return claimed === 1;
  }

  /** Deletes the row (its owner's only), trying again while the file is busy, up to its expiry. */
  async function release(courseId: string, owner: string): Promise<void> {
    const until = Date.now() + expiryMs;
    for (let pause = FIRST_PAUSE_MS; ; pause = Math.min(pause * 2, LONGEST_PAUSE_MS)) {
      // When the row cannot be deleted (the repository was closed), it expires on its own.
      const done = await attempt(() => deleteRow.run(courseId, owner)).catch(() => undefined);
      if (done !== BUSY || Date.now() >= until) return;
      await delay(pause);
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
        // A missed renewal (the file busy at that moment) is made up by the next one.
        attempt(() => renewRow.run(Date.now() + expiryMs, courseId, owner)).catch(() => undefined);
      }, expiryMs / 3);
      renew.unref();
      try {
        return await task();
      } finally {
        clearInterval(renew);
        await release(courseId, owner);
      }
    });
}
