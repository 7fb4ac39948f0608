import { describe, expect, it } from "vitest";
import { createFakeIo } from "../test/fake-io.js";
import { main } from "./main.js";

const REQUEST = {
  concerns: [{ concern: "acne-scars", severity: "moderate", areas: ["cheeks"] }],
  age: 34,
  fitzpatrick: 4,
  setting: "clinic",
  startDate: "2027-01-04",
  today: "2026-12-01",
  timeZone: "Europe/London",
};
const FLAGS = [
  "--concern",
  "acne-scars:moderate",
  "--area",
  "cheeks",
  "--age",
  "34",
  "--fitzpatrick",
  "4",
  "--setting",
  "clinic",
  "--start",
  "2027-01-04",
  "--tz",
  "Europe/London",
];

async function run(argv: string[], options: Parameters<typeof createFakeIo>[0] = {}) {
  const io = createFakeIo(options);
  const code = await main(argv, io);
  return { code, io, stdout: io.stdoutText(), stderr: io.stderrText() };
}

describe("mnplan plan: where the request comes from", () => {
  it("plans from a request file", async () => {
    const { code, stdout, stderr } = await run(
      ["plan", "--input", "request.json", "--format", "json"],
      { files: { "request.json": JSON.stringify(REQUEST) } },
    );
    expect(code).toBe(0);
    expect(stderr).toBe("");
    const plan = JSON.parse(stdout) as { status: string; schedule: { date: string }[] };
    expect(plan.status).toBe("caution");
    expect(plan.schedule[0]?.date).toBe("2027-01-04");
  });

  it("plans from standard input with --input - and from piped input without it", async () => {
    for (const argv of [
      ["plan", "--input", "-", "-f", "json"],
      ["plan", "-f", "json"],
    ]) {
      const { code, stdout } = await run(argv, { stdin: JSON.stringify(REQUEST) });
      expect(code).toBe(0);
      expect((JSON.parse(stdout) as { schedule: unknown[] }).schedule).toHaveLength(4);
    }
  });

  it("plans from flags the same as from the equivalent file", async () => {
    const fromFlags = await run(["plan", ...FLAGS, "--today", "2026-12-01", "--format", "json"]);
    const fromFile = await run(["plan", "-i", "r.json", "--format", "json"], {
      files: { "r.json": JSON.stringify({ ...REQUEST, sensitivity: "normal" }) },
    });
    expect(fromFlags.code).toBe(0);
    const dates = (text: string) =>
      (JSON.parse(text) as { schedule: { date: string }[] }).schedule.map(
        (session) => session.date,
      );
    expect(dates(fromFlags.stdout)).toEqual(dates(fromFile.stdout));
  });

  it("lets flags override the fields of an input file", async () => {
    const { stdout } = await run(["plan", "-i", "r.json", "--setting", "home", "-f", "json"], {
      files: { "r.json": JSON.stringify(REQUEST) },
    });
    expect((JSON.parse(stdout) as { setting: string; status: string }).status).toBe("refer");
  });

  it("fills today and the start date from the clock in the zone, and the zone from TZ", async () => {
    const { concerns, age, fitzpatrick, setting } = REQUEST;
    const now = Date.UTC(2027, 0, 1, 11); // already 2 January in Kiritimati
    const { stdout } = await run(["plan", "-f", "json"], {
      stdin: JSON.stringify({ concerns, age, fitzpatrick, setting }),
      env: { TZ: "Pacific/Kiritimati" },
      now,
    });
    const plan = JSON.parse(stdout) as {
      timeZone: string;
      startDate: string;
      schedule: { date: string }[];
    };
    expect(plan.timeZone).toBe("Pacific/Kiritimati");
    expect(plan.startDate).toBe("2027-01-02");
    expect(plan.schedule[0]?.date).toBe("2027-01-02");
  });

  it("says there is no request when standard input is empty", async () => {
    const { code, stderr } = await run(["plan"], { stdin: "" });
    expect(code).toBe(2);
    expect(stderr).toContain("No request given");
  });
});

describe("mnplan plan: output", () => {
  it("writes readable text by default, without colour when not a terminal", async () => {
    const { code, stdout } = await run(["plan", ...FLAGS]);
    expect(code).toBe(0);
    expect(stdout).toContain("You can go ahead, with care.");
    expect(stdout).toContain("Mon 4 Jan 2027");
    expect(stdout).not.toContain("\u001b[");
  });

  it("colours text for a terminal unless NO_COLOR is set", async () => {
    expect((await run(["plan", ...FLAGS], { stdoutIsTTY: true })).stdout).toContain("\u001b[1m");
    expect(
      (await run(["plan", ...FLAGS], { stdoutIsTTY: true, env: { TZ: "UTC", NO_COLOR: "1" } }))
        .stdout,
    ).not.toContain("\u001b[");
  });

  it("writes an iCalendar file with one event per session", async () => {
    const { code, stdout } = await run(["plan", ...FLAGS, "--format", "ics"]);
    expect(code).toBe(0);
    expect(stdout.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    expect(stdout.match(/BEGIN:VEVENT/g)).toHaveLength(4);
    expect(stdout).toContain("DTSTART;VALUE=DATE:20270104");
    expect(stdout).toContain("DTSTAMP:20261201T120000Z");
  });

  it("writes to --out with a one-line note on standard error, and nothing on standard output", async () => {
    const { code, io, stdout, stderr } = await run([
      "plan",
      ...FLAGS,
      "--format",
      "ics",
      "--out",
      "plan.ics",
    ]);
    expect(code).toBe(0);
    expect(stdout).toBe("");
    expect(stderr).toBe("mnplan: wrote the plan (ics) to plan.ics\n");
    expect(io.files.get("plan.ics")).toContain("BEGIN:VCALENDAR");
  });

  it("fails with status 1 when --out cannot be written", async () => {
    const { code, stderr } = await run(["plan", ...FLAGS, "--out", "no/such/dir/plan.txt"], {
      unwritable: ["no/such/dir/plan.txt"],
    });
    expect(code).toBe(1);
    expect(stderr).toBe("mnplan: --out: Cannot write no/such/dir/plan.txt: no such file\n");
  });

  it("produces a plan, with status 0, for a contraindicated person", async () => {
    const { code, stdout } = await run(["plan", ...FLAGS, "--health", "pregnant"]);
    expect(code).toBe(0);
    expect(stdout).toContain("Microneedling is not advised for you now.");
    expect(stdout).not.toContain("Your dates");
  });
});

describe("mnplan plan: invalid input exits 2 and names every offending field", () => {
  it("names each missing field of an empty request", async () => {
    const { code, stdout, stderr } = await run(["plan"], { stdin: "{}" });
    expect(code).toBe(2);
    expect(stdout).toBe("");
    for (const path of ["concerns", "age", "fitzpatrick", "setting"])
      expect(stderr).toContain(`\n  ${path}: `);
  });

  it("names nested paths as the contract spells them", async () => {
    const request = {
      ...REQUEST,
      concerns: [{ concern: "acne-scars", severity: "severe", areas: ["cheeks", "elbow"] }],
      fitzpatrick: 7,
    };
    const { code, stderr } = await run(["plan", "-i", "r.json"], {
      files: { "r.json": JSON.stringify(request) },
    });
    expect(code).toBe(2);
    expect(stderr).toContain("concerns[0].severity: ");
    expect(stderr).toContain("concerns[0].areas[1]: ");
    expect(stderr).toContain("fitzpatrick: ");
    expect(stderr).not.toMatch(/\bat .*\.js:\d+/);
  });

  it("says where JSON is broken", async () => {
    const { code, stderr } = await run(["plan", "-i", "r.json"], {
      files: { "r.json": '{\n  "age": 34,\n}' },
    });
    expect(code).toBe(2);
    expect(stderr).toMatch(/r\.json: Not valid JSON at line 3, column 1/);
  });

  it.each([
    [["--bogus"], "--bogus: Unknown flag"],
    [["--age", "abc"], '--age: "abc" is not a whole number'],
    [["--fitzpatrick", "seven"], "--fitzpatrick: "],
    [["--concern", "acne"], '--concern: "acne" is not a concern'],
    [["--concern", "glow:deep"], '--concern: "deep" does not apply to glow'],
    [["--area", "elbow"], '--area: "elbow" is not an area'],
    [["--days", "funday"], '--days: "funday" is not a day'],
    [["--blackout", "next week"], '--blackout: "next week" is not a period'],
    [["--health", "tired"], '--health: "tired" is not a health answer'],
    [["--isotretinoin", "sometimes"], '--isotretinoin: "sometimes" is not an answer'],
    [["--format", "pdf"], '--format: "pdf" is not a format'],
    [["--age"], "--age: Needs a value"],
    [["--smoker=yes"], "--smoker: Takes no value"],
    [["--age", "30", "--age", "31"], "--age: Given more than once"],
    [["extra"], "extra: Unexpected argument"],
  ])("%j → %s", async (extra, message) => {
    const { code, stderr } = await run(["plan", ...FLAGS, ...extra]);
    expect(code).toBe(2);
    expect(stderr).toContain(`mnplan: ${message}`);
  });

  it("reports bad flags and the request's own problems together, naming the flag", async () => {
    const { code, stderr } = await run([
      "plan",
      "--concern",
      "glow",
      "--area",
      "cheeks",
      "--age",
      "x",
      "--fitzpatrick",
      "9",
      "--days",
      "sat",
      "--blackout",
      "2027-02-30",
    ]);
    expect(code).toBe(2);
    expect(stderr).toContain('--age: "x" is not a whole number');
    expect(stderr).toContain("blackouts[0].from (--blackout): ");
    expect(stderr).toContain("fitzpatrick (--fitzpatrick): ");
    expect(stderr).toContain("setting (--setting): ");
  });

  it("names the flag beside each path of a request built from flags", async () => {
    const { code, stderr } = await run([
      "plan",
      "--concern",
      "glow",
      "--age",
      "34",
      "--fitzpatrick",
      "2",
      "--setting",
      "spa",
      "--start",
      "2027-02-30",
    ]);
    expect(code).toBe(2);
    expect(stderr).toContain("concerns[0].areas (--area): ");
    expect(stderr).toContain("setting (--setting): ");
    expect(stderr).toContain("startDate (--start): ");
  });

  it("fails with status 1 when the input file cannot be read", async () => {
    const { code, stderr } = await run(["plan", "--input", "missing.json"]);
    expect(code).toBe(1);
    expect(stderr).toBe("mnplan: --input: Cannot read missing.json: no such file\n");
  });
});
