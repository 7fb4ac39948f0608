import { describe, expect, it } from "vitest";
import { REQUEST } from "../test/plan-fixtures.js";
import { COURSE_FLAGS, courseFlags, journalRunner } from "../test/journal-fixtures.js";

interface CourseJson {
  id: string;
  label: string | null;
  request: { today: string; startDate: string; timeZone: string; rules?: string };
  rules: { id: string };
  current: { number: number; state: string; plan: { status: string } };
  nextDue: string | null;
}

describe("mnplan course new", () => {
  it("starts a course from flags and says how to log a session", async () => {
    const { run } = await journalRunner();
    const { code, stdout, stderr } = await run(["course", "new", ...COURSE_FLAGS]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    const id = /^Course ([0-9a-f-]{36})\n/.exec(stdout)?.[1] ?? "";
    expect(stdout).toContain("Status: ok · course active\n");
    expect(stdout).toContain("4 sessions, about 6 weeks apart, from Mon 4 Jan 2027 to");
    expect(stdout).toContain("Next session due: Mon 4 Jan 2027.");
    expect(stdout).toContain(
      `  mnplan session log ${id} --date 2027-01-04 --device pen --depth cheeks:MM\n`,
    );
    expect(stdout).toContain(`  mnplan course show ${id}\n`);
    const shown = await run(["course", "show", id, "--format", "json"]);
    expect(JSON.parse(shown.stdout)).toMatchObject({ course: { id }, sessions: [] });
  });

  it("repeats --data-dir in the commands it suggests when one was given", async () => {
    const { dataDir, run } = await journalRunner();
    const { stdout } = await run(["course", "new", ...COURSE_FLAGS, "--data-dir", dataDir], {
      env: { DATA_DIR: "/nonexistent/elsewhere" },
    });
    expect(stdout).toMatch(/--depth cheeks:MM --data-dir \S+\n/);
    expect(stdout).toContain(` --data-dir ${dataDir}\n`);
  });

  it("starts a course from a request file, flags over it, and prints it as JSON", async () => {
    const { run } = await journalRunner();
    const { code, stdout } = await run(
      ["course", "new", "-i", "r.json", "--label", "Anna", "--rules", "evidence", "-f", "json"],
      { files: { "r.json": JSON.stringify(REQUEST) } },
    );
    expect(code).toBe(0);
    const course = JSON.parse(stdout) as CourseJson;
    expect(course).toMatchObject({
      label: "Anna",
      rules: { id: "evidence" },
      request: { today: "2026-12-01", timeZone: "Europe/London", rules: "evidence" },
      current: { number: 0, state: "active", plan: { status: "caution" } },
      nextDue: "2027-01-04",
    });
  });

  it("starts a course from piped standard input, filling today, the start and the zone", async () => {
    const { concerns, age, fitzpatrick, setting } = REQUEST;
    const { run } = await journalRunner();
    const { stdout } = await run(["course", "new", "--format", "json"], {
      stdin: JSON.stringify({ concerns, age, fitzpatrick, setting }),
    });
    expect((JSON.parse(stdout) as CourseJson).request).toMatchObject({
      today: "2026-12-01",
      startDate: "2026-12-01",
      timeZone: "Europe/London",
    });
  });

  it.each([
    [{ "--fitzpatrick": "9" }, [], "  fitzpatrick (--fitzpatrick): Too big"],
    [{}, ["--rules", "clinic-x"], '  rules (--rules): No rule pack "clinic-x"'],
  ])(
    "refuses an invalid request (%j %j), naming the flag, and stores nothing",
    async (values, more, line) => {
      const { run } = await journalRunner();
      const { code, stderr } = await run(["course", "new", ...courseFlags(values), ...more]);
      expect(code).toBe(2);
      expect(stderr).toMatch(/^mnplan: The request is not valid \(1 problem\):\n/);
      expect(stderr).toContain(line);
      expect((await run(["course", "list", "-f", "json"])).stdout).toBe("[]\n");
    },
  );

  it.each([
    [[], true, "mnplan: --input: No request given: pass --input FILE, or flags"],
    [[...COURSE_FLAGS, "--label", " "], false, "--label: Give a label of 1 to 120 characters"],
    [[...COURSE_FLAGS, "--format", "csv"], false, '--format: "csv" is not a format here'],
    [[...COURSE_FLAGS, "extra"], false, "extra: Unexpected argument"],
  ])("refuses %j as invalid input", async (more, stdinIsTTY, message) => {
    const { run } = await journalRunner();
    const { code, stderr } = await run(["course", "new", ...more], { stdinIsTTY });
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });

  it("fails with status 1 when the database cannot be opened, naming DATABASE_URL", async () => {
    const { run } = await journalRunner();
    const { code, stderr } = await run(["course", "new", ...COURSE_FLAGS], {
      env: { DATABASE_URL: "mysql://user:secret@db/x" },
    });
    expect(code).toBe(1);
    expect(stderr).toBe(
      "mnplan: DATABASE_URL: Cannot open the database: DATABASE_URL must be a postgres:// or postgresql:// URL (or unset for SQLite), not mysql://user:***@db/x\n",
    );
  });
});
