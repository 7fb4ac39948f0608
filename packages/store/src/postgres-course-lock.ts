import { createHash } from "node:crypto";
import pg from "pg";
import { createCourseQueue } from "./course-queue.js";
import { CourseLockTimeoutError } from "./repository.js";

export interface PostgresCourseLock {
  withCourseLock<T>(courseId: string, task: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** PostgreSQL's error for a statement that waited longer than `lock_timeout`. */
const LOCK_NOT_AVAILABLE = "55P03";

/**
 * `withCourseLock` for PostgreSQL: a session-level advisory lock (`pg_advisory_lock(int4, int4)`, the
 * two keys from a SHA-256 of the schema and the course id) taken on a client of a pool of its own,
 * held while the task runs (the task's queries use the repository's pool as usual) and unlocked in
 * `finally`. The separate pool means tasks holding locks can never starve their own queries of
 * connections. `lock_timeout` bounds the wait. A client whose unlock fails is destroyed, not reused,
 * so the server drops its lock with its session. Tasks of this process queue in memory first.
 */
export function createPostgresCourseLock(options: {
  readonly url: string;
  /** What keeps locks of different schemas on one database apart. */
  readonly namespace: string;
  readonly maxConnections: number;
  readonly connectTimeoutMs: number;
  readonly timeoutMs: number;
}): PostgresCourseLock {
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.maxConnections,
    connectionTimeoutMillis: options.connectTimeoutMs,
    options: `-c lock_timeout=${Math.max(1, Math.round(options.timeoutMs))}`,
  });
  const queue = createCourseQueue();

  async function locked<T>(courseId: string, task: () => Promise<T>): Promise<T> {
    const key = lockKey(options.namespace, courseId);
    const client = await pool.connect();
    let broken: Error | undefined;
    try {
      const started = Date.now();
      try {
        await client.query("select pg_advisory_lock($1, $2)", key);
      } catch (error) {
        if (error instanceof pg.DatabaseError && error.code === LOCK_NOT_AVAILABLE)
          throw new CourseLockTimeoutError(courseId, Date.now() - started);
        broken = asError(error);
        throw error;
      }
      try {
        return await task();
      } finally {
        try {
          await client.query("select pg_advisory_unlock($1, $2)", key);
        } catch (error) {
          broken = asError(error);
        }
      }
    } finally {
      client.release(broken);
    }
  }

  return {
    withCourseLock: (courseId, task) => queue(courseId, () => locked(courseId, task)),
    close: () => pool.end(),
  };
}

/** Two signed 32-bit keys from a hash of the namespace and course id. */
export function lockKey(namespace: string, courseId: string): [number, number] {
  const digest = createHash("sha256").update(`${namespace}\u0000${courseId}`).digest();
  return [digest.readInt32BE(0), digest.readInt32BE(4)];
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
