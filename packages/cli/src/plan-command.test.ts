import { describe, expect, it } from "vitest";
import { runMain as run } from "../test/fake-io.js";
import { FLAGS, REQUEST } from "../test/plan-fixtures.js";

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

  it("applies --tz and --today to a piped request", async () => {
    const { concerns, age, fitzpatrick, setting } = REQUEST;
    const stdin = JSON.stringify({ concerns, age, fitzpatrick, setting });
    const { stdout } = await run(
      ["plan", "--tz", "Asia/Tokyo", "--today", "2027-03-03", "-f", "json"],
      { stdin },
    );
    expect(JSON.parse(stdout)).toMatchObject({ timeZone: "Asia/Tokyo", startDate: "2027-03-03" });
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
