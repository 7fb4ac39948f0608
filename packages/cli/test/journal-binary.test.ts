import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { COURSE_FLAGS, makeDataDir, SESSION_FLAGS } from "./journal-fixtures.js";
import { BINARY, runBinary } from "./run-binary.js";

const DIST = join(dirname(BINARY), "..", "dist");
const DATABASE_PACKAGES = /from\s*"(better-sqlite3|kysely|pg)"/;

/** The files a module loads before it runs: itself and its static imports of our chunks, transitively. */
async function staticallyLoaded(file: string, seen = new Set<string>()): Promise<Set<string>> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const text = await readFile(join(DIST, file), "utf8");
  for (const [, chunk] of text.matchAll(/(?:^|[;}\s])import\s*(?:[^()"]*?from\s*)?"\.\/([^"]+)"/g))
    if (chunk !== undefined) await staticallyLoaded(chunk, seen);
  return seen;
}

describe("the built mnplan binary's journal", () => {
  it("shares one database between processes: a course made by one is logged by another and shown by a third", async () => {
    const dataDir = await makeDataDir();
    const created = await runBinary(["course", "new", ...COURSE_FLAGS, "--data-dir", dataDir]);
    expect(created.stderr).toBe("");
    expect(created.code).toBe(0);
    const id = /^Course ([0-9a-f-]{36})\n/.exec(created.stdout)?.[1] ?? "";
    expect(id).not.toBe("");

    const logged = await runBinary([
      "session",
      "log",
      id,
      "--date",
      "2027-01-09",
      ...SESSION_FLAGS,
      "--data-dir",
      dataDir,
    ]);
    expect(logged.code).toBe(0);
    expect(logged.stdout).toContain("Recorded the session of Sat 9 Jan 2027");

    const shown = await runBinary(["course", "show", id], { env: { DATA_DIR: dataDir } });
    expect(shown.code).toBe(0);
    expect(shown.stdout).toMatch(/Sat 9 Jan 2027 +clinic · pen · cheeks 1\.0 mm/);

    const early = await runBinary([
      "session",
      "log",
      id,
      "--date",
      "2027-01-10",
      ...SESSION_FLAGS,
      "--data-dir",
      dataDir,
    ]);
    expect(early.code).toBe(2);
    expect(early.stderr).toContain("date (--date): Too soon after the last session: allowed from");
  });

  it("exports a calendar whose UIDs are the course's and whose SEQUENCE is its revision, then deletes it", async () => {
    const dataDir = await makeDataDir();
    const env = { DATA_DIR: dataDir };
    const created = await runBinary(["course", "new", ...COURSE_FLAGS, "-f", "json"], { env });
    const course = JSON.parse(created.stdout) as { id: string };
    await runBinary(["session", "log", course.id, "--date", "2027-01-09", ...SESSION_FLAGS], {
      env,
    });
    const history = JSON.parse((await runBinary(["export", course.id], { env })).stdout) as {
      course: { current: { number: number } };
    };
    const out = join(dataDir, "plan.ics");
    const ics = await runBinary(["export", course.id, "-f", "ics", "-o", out], { env });
    expect(ics.code).toBe(0);
    const events = ICAL.Component.fromString(await readFile(out, "utf8")).getAllSubcomponents(
      "vevent",
    );
    expect(events.length).toBeGreaterThan(0);
    events.forEach((event, index) => {
      expect(event.getFirstPropertyValue("uid")).toBe(`${course.id}-session-${index + 1}@mnplan`);
      expect(event.getFirstPropertyValue("sequence")).toBe(history.course.current.number);
    });
    expect(history.course.current.number).toBeGreaterThan(0);

    expect((await runBinary(["course", "delete", course.id, "--yes"], { env })).code).toBe(0);
    const gone = await runBinary(["course", "list", "-f", "json"], { env });
    expect(JSON.parse(gone.stdout)).toEqual([]);
  });

  it("keeps the database out of what `mnplan plan` loads: the journal is a chunk of its own", async () => {
    const loaded = await staticallyLoaded("mnplan.js");
    for (const file of loaded)
      expect(await readFile(join(DIST, file), "utf8")).not.toMatch(DATABASE_PACKAGES);
    const entry = await readFile(join(DIST, "mnplan.js"), "utf8");
    const journal = /import\("\.\/(journal-commands-[^"]+\.js)"\)/.exec(entry)?.[1];
    expect(journal).toBeDefined();
    expect(loaded.has(journal ?? "")).toBe(false);
    expect(await readFile(join(DIST, journal ?? ""), "utf8")).toMatch(DATABASE_PACKAGES);
  });
});
