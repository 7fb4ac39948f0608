import ICAL from "ical.js";
import { runMain } from "../test/fake-io.js";
import { describe, expect, it } from "vitest";
import { TEST_NOW } from "../test/fake-io.js";
import {
  flat,
  journalRunner,
  SESSION_FLAGS,
  SLOW_REACTION,
  startCourse,
} from "../test/journal-fixtures.js";

interface Export {
  exportedAt: string;
  course: { id: string; label: string; current: { number: number; state: string } };
  revisions: { number: number; cause: string }[];
  sessions: { date: string; depthByArea: unknown }[];
  checkIns: { redness: number }[];
  ratings: { concern: string; score: number }[];
}

describe("a course's journey through the journal commands", () => {
  it("starts, logs, adapts with reasons, exports and is deleted", async () => {
    const { run } = await journalRunner();
    const id = await startCourse(run, ["--label", "Anna"]);

    const fresh = await run(["course", "show", id]);
    expect(fresh.code).toBe(0);
    expect(fresh.stdout).toMatch(new RegExp(`^Course ${id} \\(Anna\\) · revision 0 · active\n`));
    expect(fresh.stdout).toContain("Your dates");
    expect(fresh.stdout).toContain("  Sessions: none yet");
    expect(fresh.stdout).toContain("Revision 0, the plan as first made (Tue 1 Dec 2026)");

    const logged = await run(["session", "log", id, "--date", "2027-01-09", ...SESSION_FLAGS]);
    expect(logged.code).toBe(0);
    expect(logged.stdout).toMatch(
      /^Recorded the session of Sat 9 Jan 2027: clinic · pen · cheeks 1\.0 mm\.\n/,
    );
    expect(logged.stdout).toContain("The plan changed (revision 1 · active):");
    expect(logged.stdout).toContain("Next session due: Sat 20 Feb 2027.");

    const reacted = await run(["checkin", id, "--date", "2027-01-13", ...SLOW_REACTION]);
    expect(reacted.code).toBe(0);
    expect(reacted.stdout).toContain("The plan changed (revision 2 · active):");
    expect(flat(reacted.stdout)).toContain(
      "After session 1 (2027-01-09): still red more than 72 hours after (redness 3 on day 4)",
    );
    expect(flat(reacted.stdout)).toContain("Session 2 waits 8 weeks instead of 6.");
    expect(reacted.stdout).toContain("Next session due: Sat 6 Mar 2027.");

    const shown = await run(["course", "show", id]);
    expect(shown.stdout).toMatch(/\n {2}2 +Sat 6 Mar 2027 +0\.75–1\.25 mm +56 days\n/);
    expect(shown.stdout).toContain("Revision 2, after a check-in (Tue 1 Dec 2026) · course active");
    expect(flat(shown.stdout)).toContain(
      "Session 2 moves from 2027-02-15 to 2027-03-06: the interval after session 1 is longer",
    );
    expect(shown.stdout).toContain("(adapt.slow-reaction)");
    expect(shown.stdout).toMatch(/Wed 13 Jan 2027 +redness 3 · swelling 2 · pain 1 · flaking 0/);

    const rated = await run([
      "rate",
      id,
      "--concern",
      "acne-scars",
      "--score",
      "4",
      "--date",
      "2027-02-01",
    ]);
    expect(rated.code).toBe(0);
    expect(rated.stdout).toContain("Recorded the rating of Mon 1 Feb 2027: acne scars 4/10.");
    expect(rated.stdout).toContain("The plan stays as it was (revision 2 · active).");

    const json = await run(["export", id, "--format", "json"]);
    const exported = JSON.parse(json.stdout) as Export;
    expect(exported.exportedAt).toBe(new Date(TEST_NOW).toISOString());
    expect(exported.course).toMatchObject({ id, label: "Anna", current: { number: 2 } });
    expect(exported.revisions.map((r) => [r.number, r.cause])).toEqual([
      [0, "created"],
      [1, "session-logged"],
      [2, "check-in"],
    ]);
    expect(exported.sessions).toEqual([
      expect.objectContaining({
        date: "2027-01-09",
        depthByArea: [{ area: "cheeks", depthMm: 1 }],
      }),
    ]);
    expect(exported.checkIns.map((c) => c.redness)).toEqual([3]);
    expect(exported.ratings).toEqual([
      expect.objectContaining({ concern: "acne-scars", score: 4 }),
    ]);

    const csv = await run(["export", id, "--format", "csv"]);
    const rows = csv.stdout.trimEnd().split("\r\n");
    expect(rows[0]).toMatch(/^kind,id,date,/);
    expect(rows.slice(1).map((row) => row.split(",")[0])).toEqual([
      "session",
      "check-in",
      "rating",
    ]);

    const ics = await run(["export", id, "--format", "ics", "--out", "plan.ics"]);
    expect(ics.code).toBe(0);
    expect(ics.stderr).toBe("mnplan: wrote the course's ics to plan.ics\n");
    const events = ICAL.Component.fromString(ics.io.files.get("plan.ics") ?? "")
      .getAllSubcomponents("vevent")
      .map((event) => ({
        uid: String(event.getFirstPropertyValue("uid")),
        sequence: Number(event.getFirstPropertyValue("sequence")),
        start: String(event.getFirstPropertyValue("dtstart")),
      }));
    expect(events.map((event) => event.uid)).toEqual(
      [1, 2, 3, 4].map((n) => `${id}-session-${n}@mnplan`),
    );
    expect(events.every((event) => event.sequence === 2)).toBe(true);
    expect(events[1]?.start).toBe("2027-03-06");

    const unconfirmed = await run(["course", "delete", id]);
    expect(unconfirmed.code).toBe(2);
    expect(unconfirmed.stderr).toContain("--yes: Deleting a course removes it");
    expect((await run(["course", "show", id])).code).toBe(0);

    const deleted = await run(["course", "delete", id, "--yes"]);
    expect(deleted).toMatchObject({ code: 0, stderr: "" });
    const gone = await run(["course", "show", id]);
    expect(gone.code).toBe(2);
    expect(gone.stderr).toBe(
      `mnplan: ID: No course "${id}" in this database (mnplan course list shows them)\n`,
    );
  });

  it("lists the courses with their label, state and next date due", async () => {
    const { run } = await journalRunner();
    expect((await run(["course", "list"])).stdout).toBe(
      "No courses yet: mnplan course new starts one.\n",
    );
    const first = await startCourse(run, ["--label", "Anna"]);
    const second = await startCourse(run, ["--health", "pregnant"]);
    const { code, stdout } = await run(["course", "list"]);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^ID +Label +State +Next due$/);
    expect(lines.slice(1)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(new RegExp(`^${first} +Anna +active +Mon 4 Jan 2027$`)),
        expect.stringMatching(new RegExp(`^${second} +— +paused +—$`)),
      ]),
    );
    const json = await run(["course", "list", "--format", "json"]);
    expect((JSON.parse(json.stdout) as { id: string }[]).map((c) => c.id).sort()).toEqual(
      [first, second].sort(),
    );
  });
});

describe("the journal commands' help and words", () => {
  const HELP = [
    ["course", "--help"],
    ["course", "new", "--help"],
    ["course", "list", "-h"],
    ["course", "show", "--help"],
    ["course", "delete", "--help"],
    ["session", "log", "--help"],
    ["session", "help"],
    ["checkin", "--help"],
    ["rate", "--help"],
    ["export", "--help"],
  ];

  it.each(HELP)(
    "%s %s prints its help (within 88 columns) without opening the database",
    async (...argv) => {
      const { code, stdout, stderr } = await runMain(argv, {
        env: { DATABASE_URL: "mysql://nowhere" },
      });
      expect(code).toBe(0);
      expect(stderr).toBe("");
      expect(stdout).toMatch(/^mnplan (course|session|checkin|rate|export)/);
      expect(stdout.split("\n").filter((line) => [...line].length > 88)).toEqual([]);
    },
  );

  it.each([
    [["course"], "mnplan: course: Give a command: new, list, show, delete\n"],
    [["course", "edit"], "mnplan: edit: Unknown command; use course new, list, show, delete\n"],
    [["session", "undo"], "mnplan: undo: Unknown command; use session log\n"],
    [["export", "--format", "pdf", "x"], '"pdf" is not a format here; use json or csv or ics'],
  ])("%j is invalid input (status 2)", async (argv, message) => {
    const { code, stdout, stderr } = await runMain(argv, {
      env: { DATABASE_URL: "mysql://nowhere" },
    });
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain(message);
  });
});
