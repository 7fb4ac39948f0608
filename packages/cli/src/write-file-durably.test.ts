import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { writeFileDurably } from "./write-file-durably.js";

describe("writeFileDurably", () => {
  let dir = "";
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "mnplan-write-"));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("replaces a file's content and leaves no temporary file behind", async () => {
    const path = join(dir, "plan.ics");
    await writeFile(path, "old");
    await writeFileDurably(path, "new ✓");
    expect(await readFile(path, "utf8")).toBe("new ✓");
    expect(await readdir(dir)).toEqual(["plan.ics"]);
  });

  it("fails for a missing folder without creating anything", async () => {
    await expect(writeFileDurably(join(dir, "nope", "plan.ics"), "x")).rejects.toMatchObject({
      code: "ENOENT",
    });
    expect(await readdir(dir)).toEqual([]);
  });

  it("cleans up when the target cannot be replaced", async () => {
    await expect(writeFileDurably(dir, "x")).rejects.toBeDefined();
    expect(await readdir(dir)).toEqual([]);
  });
});
