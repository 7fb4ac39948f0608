import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { differenceInDays, type TreatmentPlan } from "@mnplan/core";
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import packageJson from "../package.json" with { type: "json" };
import { FLAGS as PLAN_FLAGS } from "./plan-fixtures.js";
import { runBinary } from "./run-binary.js";

// The shared request's flags, dated and in a zone behind UTC, so the calendar's dates are checked there.
const FLAGS = [
  ...PLAN_FLAGS.filter((_, index) => index < PLAN_FLAGS.indexOf("--tz")),
  "--today",
  "2026-12-01",
  "--tz",
  "America/New_York",
];
const REMINDER_HOUR = 9;

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "mnplan-binary-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("the built mnplan binary", () => {
  it("prints a plan from flags and exits 0", async () => {
    const run = await runBinary(["plan", ...FLAGS]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain("You can go ahead, with care.");
    expect(run.stdout).toContain("dates in America/New_York");
  });

  it("exits 2 for an empty request on standard input, naming each missing field, with no stack trace", async () => {
    const run = await runBinary(["plan"], { input: "{}" });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    for (const path of ["concerns", "age", "fitzpatrick", "setting"])
      expect(run.stderr).toContain(`  ${path}: `);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it("exits 1 for an input file that does not exist", async () => {
    const run = await runBinary(["plan", "--input", join(dir, "missing.json")]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^mnplan: --input: Cannot read .*missing\.json: no such file\n$/);
  });

  it("exits 2 for an unknown flag", async () => {
    const run = await runBinary(["plan", "--colour"]);
    expect(run).toMatchObject({ code: 2, stderr: "mnplan: --colour: Unknown flag\n" });
  });

  it("prints a sample plan and the usage when run alone without a terminal", async () => {
    const run = await runBinary([]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("A sample plan for a made-up person");
    expect(run.stdout).toContain("How to use mnplan");
  });

  it("prints its version", async () => {
    expect(await runBinary(["--version"])).toEqual({
      code: 0,
      stdout: `${packageJson.version}\n`,
      stderr: "",
    });
  });
});

describe("the binary's calendar file, read back with ical.js", () => {
  async function planAndCalendar(
    name: string,
  ): Promise<{ plan: TreatmentPlan; calendar: InstanceType<typeof ICAL.Component> }> {
    const requestFile = join(dir, "request.json");
    const icsFile = join(dir, name);
    const json = await runBinary(["plan", ...FLAGS, "--format", "json"]);
    await writeFile(requestFile, json.stdout);
    const ics = await runBinary(["plan", ...FLAGS, "--format", "ics", "--out", icsFile]);
    expect(ics.code).toBe(0);
    expect(ics.stderr).toBe(`mnplan: wrote the plan (ics) to ${icsFile}\n`);
    return {
      plan: JSON.parse(json.stdout) as TreatmentPlan,
      calendar: ICAL.Component.fromString(await readFile(icsFile, "utf8")),
    };
  }

  it("has one all-day event per session on the plan's dates in the plan's zone", async () => {
    const { plan, calendar } = await planAndCalendar("a.ics");
    expect(calendar.getFirstPropertyValue("x-wr-timezone")).toBe(plan.timeZone);
    const events = calendar.getAllSubcomponents("vevent");
    expect(events.map((event) => String(event.getFirstPropertyValue("dtstart")))).toEqual(
      plan.schedule.map((session) => session.date),
    );
    for (const event of events)
      expect(
        (event.getFirstPropertyValue("dtstart") as InstanceType<typeof ICAL.Time>).isDate,
      ).toBe(true);
  });

  it("keeps the same UIDs across runs, so calendars update rather than duplicate", async () => {
    const first = (await planAndCalendar("b.ics")).calendar
      .getAllSubcomponents("vevent")
      .map((event) => event.getFirstPropertyValue("uid"));
    const second = (await planAndCalendar("c.ics")).calendar
      .getAllSubcomponents("vevent")
      .map((event) => event.getFirstPropertyValue("uid"));
    expect(first).toHaveLength(4);
    expect(new Set(first).size).toBe(4);
    expect(second).toEqual(first);
  });

  it("fires each reminder at 09:00 on its prep day, as a valid negative duration", async () => {
    const { plan, calendar } = await planAndCalendar("d.ics");
    plan.schedule.forEach((session, index) => {
      const alarms =
        calendar.getAllSubcomponents("vevent")[index]?.getAllSubcomponents("valarm") ?? [];
      const expected = session.prep
        .filter((step) => step.remind)
        .map(
          (step) => -(differenceInDays(session.date, step.date) * 86_400 - REMINDER_HOUR * 3600),
        );
      const triggers = alarms.map((alarm) => alarm.getFirstPropertyValue("trigger"));
      for (const trigger of triggers) expect(trigger).toBeInstanceOf(ICAL.Duration);
      expect(
        triggers.map((trigger) => (trigger as InstanceType<typeof ICAL.Duration>).toSeconds()),
      ).toEqual(expected);
      expect(expected.length).toBeGreaterThan(0);
    });
  });

  it("writes --out without leaving temporary files behind", async () => {
    await planAndCalendar("e.ics");
    expect((await readdir(dir)).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });
});
