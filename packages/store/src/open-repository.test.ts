import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openRepository, SQLITE_FILE_NAME } from "./open-repository.js";
import { buildCourse } from "./repository-fixtures.js";

describe("openRepository", () => {
  let root: string;
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), "mnplan-open-"));
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  it.each([
    ["no database URL", undefined],
    ["an empty one", ""],
  ])("opens SQLite in the data folder, creating it, given %s", async (_, databaseUrl) => {
    const dataDir = join(root, "nested", "data");
    const repository = await openRepository({ dataDir, databaseUrl });
    await repository.createCourse(buildCourse("c1"));
    await repository.close();
    expect(existsSync(join(dataDir, SQLITE_FILE_NAME))).toBe(true);
    const again = await openRepository({ dataDir });
    expect((await again.getCourse("c1"))?.id).toBe("c1");
    await again.close();
  });

  it.each(["postgres://", "postgresql://", "POSTGRES://"])(
    "picks PostgreSQL for a %s URL",
    async (scheme) => {
      // Nothing listens on port 1: the refusal shows the PostgreSQL driver was the one that tried.
      await expect(
        openRepository({ dataDir: root, databaseUrl: `${scheme}u@127.0.0.1:1/db` }),
      ).rejects.toMatchObject({ code: "ECONNREFUSED" });
      expect(existsSync(join(root, SQLITE_FILE_NAME))).toBe(false);
    },
  );

  it("refuses any other URL, without showing its password", async () => {
    const opening = openRepository({ dataDir: root, databaseUrl: "mysql://ana:s3cret@db/clinic" });
    await expect(opening).rejects.toThrow("not mysql://ana:***@db/clinic");
    await expect(opening).rejects.not.toThrow("s3cret");
  });
});
