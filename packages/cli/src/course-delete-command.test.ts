import { mkdir, readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { journalRunner, startCourse } from "../test/journal-fixtures.js";

describe("mnplan course delete", () => {
  it("deletes the course and its photo files, leaving other courses alone", async () => {
    const { dataDir, run } = await journalRunner();
    const doomed = await startCourse(run);
    const kept = await startCourse(run);
    for (const id of [doomed, kept]) {
      await mkdir(join(dataDir, "photos", id), { recursive: true });
      await writeFile(join(dataDir, "photos", id, "p1.jpg"), "not really a jpeg");
    }
    const deleted = await run(["course", "delete", doomed, "-y"]);
    expect(deleted).toMatchObject({
      code: 0,
      stdout: `Deleted course ${doomed}, everything recorded for it and its photo files.\n`,
      stderr: "",
    });
    expect(await readdir(join(dataDir, "photos"))).toEqual([kept]);
    const list = await run(["course", "list", "-f", "json"]);
    expect((JSON.parse(list.stdout) as { id: string }[]).map((course) => course.id)).toEqual([
      kept,
    ]);
  });

  it("asks for --yes (status 2) and then deletes nothing", async () => {
    const { run } = await journalRunner();
    const id = await startCourse(run);
    const refused = await run(["course", "delete", id]);
    expect(refused).toMatchObject({
      code: 2,
      stdout: "",
      stderr:
        "mnplan: --yes: Deleting a course removes it, everything recorded for it and its photo files for good: add --yes to confirm\n",
    });
    expect((await run(["course", "show", id])).code).toBe(0);
  });
});
