import { describe, expect, it } from "vitest";
import packageJson from "../package.json" with { type: "json" };
import { runMain } from "../test/fake-io.js";
import { MAIN_HELP, PLAN_HELP, RULES_HELP, USAGE } from "./help-text.js";

describe("mnplan", () => {
  it("without a terminal prints a sample plan dated from today, then how to use mnplan", async () => {
    const { code, stdout, stderr } = await runMain([]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toMatch(/^A sample plan for a made-up person/);
    expect(stdout).toContain("Sat 5 Dec 2026"); // the first Saturday from today, 2026-12-01
    expect(stdout).toContain("This plan is general information, not a diagnosis");
    expect(stdout.endsWith(`you notice any warning sign.\n\n${USAGE}`)).toBe(true);
  });

  it.each([["--help"], ["-h"], ["help"]])("%s prints the overview", async (flag) => {
    const { code, stdout } = await runMain([flag]);
    expect(code).toBe(0);
    expect(stdout).toContain("mnplan rules validate FILE");
  });

  it("keeps every help text within 88 columns", () => {
    for (const text of [MAIN_HELP, PLAN_HELP, RULES_HELP, USAGE]) {
      expect(text.split("\n").filter((line) => [...line].length > 88)).toEqual([]);
    }
  });

  it("prints the version", async () => {
    expect(await runMain(["--version"])).toMatchObject({
      code: 0,
      stdout: `${packageJson.version}\n`,
      stderr: "",
    });
  });

  it("prints the plan command's help with plan --help, even beside other flags", async () => {
    const { code, stdout } = await runMain(["plan", "--age", "x", "--help"]);
    expect(code).toBe(0);
    expect(stdout).toContain("--blackout FROM..TO[:sun][:REASON]");
  });

  it("exits 2 for an unknown command", async () => {
    expect(await runMain(["plna"])).toMatchObject({
      code: 2,
      stdout: "",
      stderr:
        "mnplan: plna: Unknown command; use plan, rules, course, session, checkin, rate or export (mnplan --help)\n",
    });
  });
});

describe("mnplan plan --rules", () => {
  const FLAGS = [
    "plan",
    "--concern",
    "fine-lines@forehead",
    "--age",
    "64",
    "--fitzpatrick",
    "2",
    "--setting",
    "clinic",
    "--start",
    "2027-01-04",
    "--isotretinoin",
    "stopped:2026-10-01",
    "-f",
    "json",
  ];
  const CLINIC = JSON.stringify({
    id: "my-clinic",
    extends: "evidence",
    version: "1",
    interval: { defaultWeeks: 5 },
  });

  it("plans with a shipped pack chosen by id, over the request's own choice", async () => {
    const plan = JSON.parse((await runMain([...FLAGS, "--rules", "evidence"])).stdout) as {
      rules: { id: string };
      status: string;
    };
    expect(plan.rules.id).toBe("evidence");
    expect(plan.status).toBe("caution");
  });

  it("plans with a custom pack file", async () => {
    const { code, stdout } = await runMain([...FLAGS, "--rules", "packs/clinic.json"], {
      files: { "packs/clinic.json": CLINIC },
    });
    expect(code).toBe(0);
    const plan = JSON.parse(stdout) as {
      rules: { id: string };
      intervalWeeks: { recommended: number };
    };
    expect(plan.rules).toMatchObject({ id: "my-clinic" });
    expect(plan.intervalWeeks.recommended).toBe(5);
  });

  it("exits 2 naming the pack's problems for an invalid pack file", async () => {
    const bad = JSON.stringify({
      id: "lax",
      extends: "guideline",
      version: "1",
      interval: { weeks: { min: 2, max: 6 } },
    });
    const { code, stderr } = await runMain([...FLAGS, "--rules", "lax.json"], {
      files: { "lax.json": bad },
    });
    expect(code).toBe(2);
    expect(stderr).toContain("mnplan: The rule pack in lax.json is not valid");
    expect(stderr).toContain("  interval.weeks.min: ");
  });

  it("exits 1 for a pack file that cannot be read, and 2 for an unknown pack id", async () => {
    const missing = await runMain([...FLAGS, "--rules", "packs/none.json"]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe(
      "mnplan: --rules: Cannot read the rule pack file packs/none.json: no such file\n",
    );
    const typo = await runMain([...FLAGS, "--rules", "evidance"]);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('--rules: No rule pack "evidance"');
  });

  it("exits 2 when the request names a pack that is not known", async () => {
    const request = {
      concerns: [{ concern: "glow", areas: ["cheeks"] }],
      age: 30,
      fitzpatrick: 2,
      setting: "clinic",
      rules: "my-clinic",
    };
    const { code, stderr } = await runMain(["plan"], { stdin: JSON.stringify(request) });
    expect(code).toBe(2);
    expect(stderr).toContain('  rules: No rule pack "my-clinic"');
  });
});
