import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { afterAll, describe, expect, it } from "vitest";
import { runRepositoryContract } from "./repository-contract.js";
import { buildCourse, holdCourseLock } from "./repository-fixtures.js";
import { CourseLockTimeoutError, type Repository } from "./repository.js";
import { openSqliteDatabase, openSqliteRepository } from "./sqlite-repository.js";

const dir = mkdtempSync(join(tmpdir(), "mnplan-store-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;

runRepositoryContract(
  "SQLite",
  async () => {
    const file = join(dir, `test-${++files}.sqlite3`);
    let repository: Repository = await openSqliteRepository({ file });
    const side = openSqliteDatabase(file).db;
    return {
      repository,
      async reopen() {
        await repository.close();
        repository = await openSqliteRepository({ file });
        return repository;
      },
      openAnother: () => openSqliteRepository({ file }),
      async execute(statement) {
        await statement.execute(side);
      },
      async appliedMigrations() {
        const { rows } = await sql<{
          name: string;
          timestamp: string;
        }>`select name, timestamp from kysely_migration order by name`.execute(side);
        return rows;
      },
      async dispose() {
        await repository.close();
        await side.destroy();
        rmSync(file, { force: true });
      },
    };
  },
  { dialect: "sqlite" },
);

describe("opening a new SQLite file", () => {
  it("lets several repositories open it at once, and applies each migration once", async () => {
    const file = join(dir, `first-open-${++files}.sqlite3`);
    const opened = await Promise.all(
      Array.from({ length: 4 }, () => openSqliteRepository({ file })),
    );
    const side = openSqliteDatabase(file).db;
    try {
      await opened[0]?.createCourse(buildCourse("c1"));
      for (const repository of opened) expect(await repository.getCourse("c1")).toBeDefined();
      const { rows } = await sql<{
        name: string;
      }>`select name from kysely_migration order by name`.execute(side);
      expect(rows.map((row) => row.name)).toEqual(["001-initial", "002-course-locks"]);
    } finally {
      await Promise.all(opened.map((repository) => repository.close()));
      await side.destroy();
    }
  });
});

describe("withCourseLock on SQLite", () => {
  it("waits no longer than its timeout for a live holder, which renews its lock past the expiry", async () => {
    const file = join(dir, `locks-${++files}.sqlite3`);
    const holder = await openSqliteRepository({ file, courseLockExpiryMs: 300 });
    const waiter = await openSqliteRepository({ file, courseLockTimeoutMs: 700 });
    try {
      const held = await holdCourseLock(holder, "c1");
      let ran = false;
      // The waiter's 700 ms outlast the holder's 300 ms expiry: only renewal keeps the lock held.
      const refused = await waiter
        .withCourseLock("c1", () => Promise.resolve((ran = true)))
        .catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(CourseLockTimeoutError);
      expect(refused).toMatchObject({ courseId: "c1" });
      expect((refused as CourseLockTimeoutError).waitedMs).toBeGreaterThanOrEqual(700);
      expect(ran).toBe(false);
      held.release();
      await held.done;
      await expect(waiter.withCourseLock("c1", () => Promise.resolve("free"))).resolves.toBe(
        "free",
      );
    } finally {
      await Promise.all([holder.close(), waiter.close()]);
      rmSync(file, { force: true });
    }
  });
});
