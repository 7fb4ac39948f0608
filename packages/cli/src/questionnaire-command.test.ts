import { describe, expect, it } from "vitest";
import { createFakeIo, scriptedPrompter } from "../test/fake-io.js";
import { CANCELLED } from "./io.js";
import { main } from "./main.js";

const ANSWERS = {
  concerns: ["acne-scars"],
  "areas.acne-scars": ["cheeks", "chin"],
  "acne-grade": "moderate",
  "scar-type": "rolling",
  age: "34",
  fitzpatrick: "4",
  sensitivity: "normal",
  setting: "clinic",
  start: "2027-01-04",
};

async function ask(answers: Record<string, unknown>, argv: string[] = []) {
  const prompt = scriptedPrompter(answers);
  const io = createFakeIo({ stdinIsTTY: true, prompt });
  const code = await main(argv, io);
  return { code, io, prompt, stdout: io.stdoutText(), stderr: io.stderrText() };
}

describe("the questionnaire", () => {
  it("runs for mnplan alone in a terminal, prints the plan and asks everything a plan needs", async () => {
    const { code, stdout, prompt } = await ask(ANSWERS);
    expect(code).toBe(0);
    expect(stdout).toContain("acne scars (moderate, rolling) on the cheeks, chin");
    expect(stdout).toContain("Mon 4 Jan 2027");
    expect(prompt.asked).toEqual([
      "concerns",
      "areas.acne-scars",
      "acne-grade",
      "scar-type",
      "age",
      "fitzpatrick",
      "sensitivity",
      "habits",
      "health.1",
      "health.2",
      "health.3",
      "setting",
      "start",
      "days",
      "blackouts",
      "save",
    ]);
  });

  it("runs for mnplan plan in a terminal with no request flags, keeping --rules and --format", async () => {
    const { code, stdout } = await ask(ANSWERS, [
      "plan",
      "--rules",
      "evidence",
      "--format",
      "json",
    ]);
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as { rules: { id: string } }).rules.id).toBe("evidence");
  });

  it("starts today when the start date is left as it is", async () => {
    const { stdout } = await ask({ ...ANSWERS, start: undefined, fitzpatrick: "2" }, [
      "plan",
      "-f",
      "json",
    ]);
    expect((JSON.parse(stdout) as { schedule: { date: string }[] }).schedule[0]?.date).toBe(
      "2026-12-01",
    );
  });

  it("asks the follow-up questions that answers call for", async () => {
    const answers = {
      ...ANSWERS,
      "health.1": ["isotretinoin-recent"],
      "isotretinoin-stopped": "2026-09-01",
      setting: "home",
      "home-depth-opt-in": false,
      blackouts: true,
      "blackout.from": "2027-02-10",
      "blackout.to": "2027-02-20",
      "blackout.reason": "beach holiday",
      "blackout.sun": true,
      "blackouts.more": false,
    };
    const { code, prompt, stdout } = await ask(answers, ["plan", "-f", "json"]);
    expect(code).toBe(0);
    expect(prompt.asked).toEqual(
      expect.arrayContaining([
        "isotretinoin-stopped",
        "home-depth-opt-in",
        "blackout.from",
        "blackout.sun",
      ]),
    );
    const plan = JSON.parse(stdout) as { status: string; screening: { code: string }[] };
    expect(plan.status).toBe("defer");
    expect(plan.screening.map((item) => item.code)).toEqual(
      expect.arrayContaining(["home-not-suitable", "isotretinoin-recent"]),
    );
  });

  it("saves the plan as JSON and as a calendar file when asked", async () => {
    const { code, io, stderr } = await ask({
      ...ANSWERS,
      save: ["json", "ics"],
      "save.ics": "my.ics",
    });
    expect(code).toBe(0);
    expect(JSON.parse(io.files.get("microneedling-plan.json") ?? "{}")).toMatchObject({
      status: "caution",
    });
    expect(io.files.get("my.ics")).toContain("BEGIN:VCALENDAR");
    expect(stderr).toContain("wrote the plan (ics) to my.ics");
  });

  it("ends with status 1 and a short message when cancelled", async () => {
    const { code, stdout, stderr } = await ask({ ...ANSWERS, age: CANCELLED });
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toBe("mnplan: cancelled; no plan was made.\n");
  });

  it("refuses an unknown --tz before asking anything", async () => {
    const { code, prompt, stderr } = await ask(ANSWERS, ["plan", "--tz", "Mars/Olympus"]);
    expect(code).toBe(2);
    expect(prompt.asked).toEqual([]);
    expect(stderr).toContain("--tz");
  });

  it("validates typed answers: an age must be a number and a start date a real date", async () => {
    await expect(ask({ ...ANSWERS, age: "thirty" })).rejects.toThrow(/"age" refused/);
    await expect(ask({ ...ANSWERS, start: "2027-02-30" })).rejects.toThrow(/"start" refused/);
    await expect(ask({ ...ANSWERS, start: "2026-01-01" })).rejects.toThrow(
      /Give 2026-12-01 or later/,
    );
  });
});
