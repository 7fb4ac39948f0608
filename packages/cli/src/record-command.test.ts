import { describe, expect, it } from "vitest";
import {
  CALM_DAY,
  flat,
  journalRunner,
  SESSION_FLAGS,
  SLOW_REACTION,
  startCourse,
} from "../test/journal-fixtures.js";

const MISSING = "00000000-0000-4000-8000-000000000000";

async function exportOf(
  run: Awaited<ReturnType<typeof journalRunner>>["run"],
  id: string,
): Promise<{
  sessions: { date: string; setting: string }[];
  checkIns: { warningSigns?: string[] }[];
  ratings: { date: string }[];
}> {
  return JSON.parse((await run(["export", id])).stdout) as never;
}

describe("mnplan session log", () => {
  it("refuses a session before the interval's minimum with status 2, naming --date and the date it becomes allowed", async () => {
    const { run } = await journalRunner();
    const id = await startCourse(run);
    await run(["session", "log", id, "--date", "2027-01-09", ...SESSION_FLAGS]);
    const refused = await run(["session", "log", id, "--date", "2027-02-05", ...SESSION_FLAGS]);
    expect(refused).toMatchObject({
      code: 2,
      stdout: "",
      stderr:
        "mnplan: The session was not recorded:\n" +
        "  date (--date): Too soon after the last session: allowed from 2027-02-06.\n",
    });
    expect((await exportOf(run, id)).sessions).toHaveLength(1);
  });

  it("keeps a session before the recommended date, with a warning", async () => {
    const { run } = await journalRunner();
    const id = await startCourse(run);
    await run(["session", "log", id, "--date", "2027-01-09", ...SESSION_FLAGS]);
    const early = await run(["session", "log", id, "--date", "2027-02-06", ...SESSION_FLAGS]);
    expect(early.code).toBe(0);
    expect(early.stdout).toContain(
      "  - Warning: Allowed, but earlier than recommended (2027-02-20)",
    );
  });

  it("refuses any session for a plan that allows none, without a date to wait for", async () => {
    const { run } = await journalRunner();
    const id = await startCourse(run, ["--health", "pregnant"]);
    const refused = await run(["session", "log", id, "--date", "2027-01-09", ...SESSION_FLAGS]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("date (--date): This plan allows no session now");
  });

  it("takes the date (today in the course's zone) and the setting from the course when not given", async () => {
    const { run } = await journalRunner();
    const now = Date.UTC(2027, 0, 9, 12); // already 10 January in Kiritimati
    const flags = ["--concern", "glow", "--area", "cheeks", "--age", "34", "--fitzpatrick", "3"];
    const where = ["--setting", "home", "--start", "2027-01-04", "--tz", "Pacific/Kiritimati"];
    const created = await run(["course", "new", ...flags, ...where, "-f", "json"]);
    const id = (JSON.parse(created.stdout) as { id: string }).id;
    const logged = await run(
      ["session", "log", id, "--device", "roller", "--depth", "cheeks:0.25"],
      {
        now,
      },
    );
    expect(logged.stderr).toBe("");
    expect((await exportOf(run, id)).sessions).toEqual([
      expect.objectContaining({ date: "2027-01-10", setting: "home" }),
    ]);
  });

  it("prints the record, warnings and standing as JSON with --format json", async () => {
    const { run } = await journalRunner();
    const id = await startCourse(run);
    const logged = await run([
      "session",
      "log",
      id,
      "--date",
      "2027-01-09",
      ...SESSION_FLAGS,
      "--passes",
      "2",
      "--needles",
      "12",
      "--cartridge",
      "nano",
      "--product",
      "serum",
      "--product",
      "balm",
      "--by",
      "Dr Lee",
      "--notes",
      "fine",
      "--format",
      "json",
    ]);
    expect(JSON.parse(logged.stdout)).toMatchObject({
      record: {
        date: "2027-01-09",
        setting: "clinic",
        device: "pen",
        cartridge: { needles: 12, type: "nano" },
        depthByArea: [{ area: "cheeks", depthMm: 1 }],
        passes: 2,
        products: ["serum", "balm"],
        performedBy: "Dr Lee",
        notes: "fine",
      },
      warnings: [],
      plan: { revision: 1, state: "active", nextDue: "2027-02-20" },
    });
  });
});

describe("mnplan checkin", () => {
  it("pauses the course on a warning sign, then warns on a session logged while paused", async () => {
    const { run } = await journalRunner();
    const id = await startCourse(run);
    await run(["session", "log", id, "--date", "2027-01-09", ...SESSION_FLAGS]);
    const signs = ["--sign", "pus,fever", "--sign", "cold-sore"];
    const paused = await run(["checkin", id, "--date", "2027-01-10", ...CALM_DAY, ...signs]);
    expect(paused.code).toBe(0);
    expect(paused.stdout).toContain("warning signs: pus, fever, cold sore.");
    expect(paused.stdout).toContain("The plan changed (revision 2 · paused):");
    expect(flat(paused.stdout)).toContain("The course is paused: see a professional");
    expect(paused.stdout).toContain("(adapt.warning-sign)");
    expect(paused.stdout).toContain("No session is due while the course is paused");
    expect((await exportOf(run, id)).checkIns[0]?.warningSigns).toEqual([
      "pus",
      "fever",
      "cold-sore",
    ]);
    const later = await run(["session", "log", id, "--date", "2027-03-30", ...SESSION_FLAGS]);
    expect(later.code).toBe(0);
    expect(later.stdout).toContain("  - Warning: The course was paused");
  });

  it("lengthens the next interval after a slow reaction", async () => {
    const { run } = await journalRunner();
    const id = await startCourse(run);
    await run(["session", "log", id, "--date", "2027-01-09", ...SESSION_FLAGS]);
    const reacted = await run(["checkin", id, "--date", "2027-01-13", ...SLOW_REACTION]);
    expect(reacted.stdout).toContain("Next session due: Sat 6 Mar 2027.");
  });
});

describe("invalid input to the journal's record commands", () => {
  it.each([
    [
      ["session", "log", "ID1", "--passes", "two", "--depth", "nose", "--depth", "elbow:1"],
      [
        '--passes: "two" is not a whole number',
        '--depth: "nose" is not AREA:MM, such as cheeks:1.0',
        '--depth: "elbow" is not an area; use forehead',
      ],
    ],
    [
      ["checkin", "--redness", "1", "--colour"],
      ["--colour: Unknown flag", "ID: Give the course's id"],
    ],
    [
      ["rate", "ID1", "ID2", "--format", "xml"],
      ["ID2: Unexpected argument", '--format: "xml" is not a format here'],
    ],
  ])("%j is refused before the database is opened", async (argv, messages) => {
    const { run } = await journalRunner();
    const { code, stderr } = await run(argv, { env: { DATABASE_URL: "mysql://nowhere" } });
    expect(code).toBe(2);
    for (const message of messages) expect(stderr).toContain(message);
  });

  it.each([
    [
      [
        "session",
        "log",
        "{id}",
        "--device",
        "laser",
        "--depth",
        "cheeks:9",
        "--date",
        "2027-02-30",
      ],
      [
        "date (--date): ",
        'device (--device): Invalid option: expected one of "pen"|"roller"',
        "depthByArea[0].depthMm (--depth): Too big",
      ],
    ],
    [
      ["session", "log", "{id}", "--setting", "spa"],
      ["setting (--setting): ", "device (--device): Required", "depthByArea (--depth): Required"],
    ],
    [
      ["checkin", "{id}", "--redness", "4", "--pain", "1", "--flaking", "0", "--sign", "itch"],
      [
        "redness (--redness): Too big",
        "swelling (--swelling): Required",
        "warningSigns[0] (--sign): Invalid option",
      ],
    ],
    [
      ["rate", "{id}", "--concern", "wrinkles", "--score", "11"],
      ["concern (--concern): ", "score (--score): Too big"],
    ],
  ])("%j names each offending field and its flag", async (argv, messages) => {
    const { run } = await journalRunner();
    const id = await startCourse(run);
    const { code, stdout, stderr } = await run(argv.map((word) => (word === "{id}" ? id : word)));
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(
      /^mnplan: The (session|check-in|rating) is not valid \(\d problems?\):\n/,
    );
    for (const message of messages) expect(stderr).toContain(`  ${message}`);
    expect(stderr.split("\n").filter((line) => line.startsWith("  "))).toHaveLength(
      messages.length,
    );
  });

  it.each([
    ["session", "log", MISSING, ...SESSION_FLAGS],
    ["checkin", MISSING, ...CALM_DAY],
    ["rate", MISSING, "--concern", "glow", "--score", "5"],
    ["export", MISSING],
    ["course", "show", MISSING],
    ["course", "delete", MISSING, "--yes"],
  ])("%s %s: an unknown course id is invalid input (status 2) naming the id", async (...argv) => {
    const { run } = await journalRunner();
    const { code, stderr } = await run(argv);
    expect(code).toBe(2);
    expect(stderr).toBe(
      `mnplan: ID: No course "${MISSING}" in this database (mnplan course list shows them)\n`,
    );
  });
});
