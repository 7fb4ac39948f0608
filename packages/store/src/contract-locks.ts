import { sql } from "kysely";
import { expect, it } from "vitest";
import type { SqlDialect } from "./migrate-to-latest.js";
import type { ContractContext } from "./repository-contract.js";
import type { Repository } from "./repository.js";

interface Deferred<T = void> {
  readonly promise: Promise<T>;
  resolve(value: T): void;
}

function deferred<T = void>(): Deferred<T> {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

/**
 * Gives every repository a few database round trips: long enough for a task the lock failed to hold
 * back to have started (the waiting side tries at once), without timing anything.
 */
async function settle(...repositories: readonly Repository[]): Promise<void> {
  for (let round = 0; round < 5; round++)
    await Promise.all(repositories.map((repository) => repository.health()));
}

/** Tasks that count how many of them run at once, and can be held open until released. */
function tracker() {
  const log: string[] = [];
  let active = 0;
  let most = 0;
  return {
    log,
    most: () => most,
    task:
      (name: string, repository: Repository, hold?: { entered: Deferred; release: Deferred }) =>
      async () => {
        active += 1;
        most = Math.max(most, active);
        log.push(`start ${name}`);
        if (hold) {
          hold.entered.resolve();
          await hold.release.promise;
        }
        await repository.health();
        log.push(`end ${name}`);
        active -= 1;
        return name;
      },
  };
}

const held = () => ({ entered: deferred(), release: deferred() });

export function contractLocks(
  { store, repository }: ContractContext,
  dialect: SqlDialect | undefined,
): void {
  it("runs tasks on one course one at a time, in order, and gives back what each returns", async () => {
    const repo = repository();
    const { log, most, task } = tracker();
    const hold = held();
    const first = repo.withCourseLock("c1", task("a", repo, hold));
    await hold.entered.promise;
    const second = repo.withCourseLock("c1", task("b", repo));
    await settle(repo);
    expect(log).toEqual(["start a"]);
    hold.release.resolve();
    expect(await Promise.all([first, second])).toEqual(["a", "b"]);
    expect(log).toEqual(["start a", "end a", "start b", "end b"]);
    expect(most()).toBe(1);
  });

  it("never overlaps many tasks on one course", async () => {
    const repo = repository();
    const { most, task } = tracker();
    const names = Array.from({ length: 12 }, (_, i) => `t${i}`);
    const results = await Promise.all(
      names.map((name) => repo.withCourseLock("c1", task(name, repo))),
    );
    expect(results).toEqual(names);
    expect(most()).toBe(1);
  });

  it("does not hold up other courses while one is locked", async () => {
    const repo = repository();
    const hold = held();
    const { task } = tracker();
    const first = repo.withCourseLock("c1", task("a", repo, hold));
    await hold.entered.promise;
    await expect(repo.withCourseLock("c2", () => Promise.resolve("b"))).resolves.toBe("b");
    hold.release.resolve();
    await expect(first).resolves.toBe("a");
  });

  it("releases the lock when the task fails, and passes the failure on", async () => {
    const repo = repository();
    await expect(
      repo.withCourseLock("c1", () => Promise.reject(new Error("boom"))),
    ).rejects.toThrow("boom");
    await expect(
      repo.withCourseLock("c1", () => {
        throw new Error("thrown at once");
      }),
    ).rejects.toThrow("thrown at once");
    await expect(repo.withCourseLock("c1", () => Promise.resolve(1))).resolves.toBe(1);
    const other = await store().openAnother?.();
    try {
      // The lock is released in the database too, not only in this process.
      if (other)
        await expect(other.withCourseLock("c1", () => Promise.resolve(2))).resolves.toBe(2);
    } finally {
      await other?.close();
    }
  });

  if (dialect === undefined) return;

  it("excludes a second repository on the same database, and lets it run once released", async () => {
    const repo = repository();
    const other = await store().openAnother?.();
    if (!other) throw new Error("the SQL store under test must open a second repository");
    try {
      const { log, most, task } = tracker();
      const hold = held();
      const first = repo.withCourseLock("c1", task("a", repo, hold));
      await hold.entered.promise;
      const second = other.withCourseLock("c1", task("b", other));
      // Another course is free on the other repository meanwhile.
      await expect(other.withCourseLock("c2", () => Promise.resolve("c"))).resolves.toBe("c");
      await settle(repo, other);
      expect(log).toEqual(["start a"]);
      hold.release.resolve();
      expect(await Promise.all([first, second])).toEqual(["a", "b"]);
      expect(log).toEqual(["start a", "end a", "start b", "end b"]);

      const many = Array.from({ length: 8 }, (_, i) => `t${i}`);
      const results = await Promise.all(
        many.map((name, i) => (i % 2 ? other : repo).withCourseLock("c1", task(name, repo))),
      );
      expect([...results].sort()).toEqual([...many].sort());
      expect(most()).toBe(1);
    } finally {
      await other.close();
    }
  });

  if (dialect === "sqlite") {
    it("takes over a lock whose owner died without releasing it, once it has expired", async () => {
      await store().execute?.(
        sql`insert into course_locks (course_id, owner, expires_at) values ('c1', 'dead:owner', ${Date.now() - 1})`,
      );
      await expect(repository().withCourseLock("c1", () => Promise.resolve("ok"))).resolves.toBe(
        "ok",
      );
      // Released afterwards: the next task (from another opener too) gets it at once.
      const other = await store().openAnother?.();
      try {
        await expect(other?.withCourseLock("c1", () => Promise.resolve(1))).resolves.toBe(1);
      } finally {
        await other?.close();
      }
    });
  }
}
