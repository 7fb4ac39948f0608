import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runMain } from "../test/fake-io.js";

const example = (name: string) =>
  readFileSync(new URL(`../../../examples/${name}`, import.meta.url), "utf8");
const FILES = {
  "clinic.json": example("clinic-pack.json"),
  "bad.json": example("invalid-pack.json"),
  "broken.json": '{"id": "x",',
};

const run = (argv: string[]) => runMain(argv, { files: FILES });

describe("mnplan rules list", () => {
  it("lists the shipped packs with id, version, name and description", async () => {
    const { code, stdout } = await run(["rules", "list"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^guideline {2}\S+ {2}Guideline\n {2}The planner's founding protocol/);
    expect(stdout).toContain("\nevidence  ");
  });

  it("adds a custom pack file, and lists as JSON", async () => {
    const { code, stdout } = await run([
      "rules",
      "list",
      "--rules",
      "clinic.json",
      "--format",
      "json",
    ]);
    expect(code).toBe(0);
    const packs = JSON.parse(stdout) as { id: string; shipped: boolean }[];
    expect(packs.map((pack) => [pack.id, pack.shipped])).toEqual([
      ["guideline", true],
      ["evidence", true],
      ["harbour-clinic", false],
    ]);
  });
});

describe("mnplan rules show", () => {
  it("shows a rule with its grade, numbers, sources as citations and evidence note", async () => {
    const { code, stdout } = await run(["rules", "show", "sessions.acne-scars.deep"]);
    expect(code).toBe(0);
    expect(stdout).toContain("sessions.acne-scars.deep");
    expect(stdout).toContain("Grade B: clinical series");
    expect(stdout).toContain("Deep acne scars take 6–8 sessions");
    expect(stdout).toMatch(/sessions\s+6–8/);
    expect(stdout).toContain("[7] Alster TS, Li MK. Microneedling of scars");
    expect(stdout).toContain("Evidence says: Deep and ice-pick scars respond poorly");
  });

  it.each([
    ["screening.pregnancy", ["screening.pregnancy"]],
    ["stop-retinoids", ["prep.stop-retinoids"]],
    ["body", ["sessions.body", "depth.body"]],
    ["session-day.session-day", ["session-day.session-day"]],
  ])("finds %s", async (code, rules) => {
    const { stdout } = await run(["rules", "show", code, "--format", "json"]);
    expect(
      (JSON.parse(stdout) as { rules: { rule: string }[] }).rules.map((found) => found.rule),
    ).toEqual(rules);
  });

  it("shows the chosen pack's version of a rule, from a shipped id or a file", async () => {
    const evidence = JSON.parse(
      (await run(["rules", "show", "interval.window", "--rules", "evidence", "-f", "json"])).stdout,
    ) as { rules: { record: { defaultWeeks: number } }[] };
    expect(evidence.rules[0]?.record.defaultWeeks).toBe(4);
    const clinic = await run(["rules", "show", "prep.stop-retinoids", "--rules", "clinic.json"]);
    expect(clinic.stdout).toMatch(/daysBefore\s+7/);
    expect(clinic.stdout).toContain("[harbour-2026] Harbour Clinic treatment protocol");
  });

  it("lists a whole group by its name", async () => {
    const { stdout } = await run(["rules", "show", "maintenance", "-f", "json"]);
    expect((JSON.parse(stdout) as { rules: unknown[] }).rules).toHaveLength(1);
  });

  it("exits 2 for an unknown code, with suggestions", async () => {
    const { code, stderr } = await run(["rules", "show", "sessions.acne"]);
    expect(code).toBe(2);
    expect(stderr).toContain(
      "mnplan: sessions.acne: No rule with this code in the guideline pack; did you mean sessions.acne-scars.mild",
    );
  });

  it("exits 2 without a code", async () => {
    expect((await run(["rules", "show"])).code).toBe(2);
  });
});

describe("mnplan rules validate", () => {
  it("says OK with a summary for a valid pack", async () => {
    const { code, stdout } = await run(["rules", "validate", "clinic.json"]);
    expect(code).toBe(0);
    expect(stdout).toContain("OK: clinic.json is a valid rule pack.");
    expect(stdout).toContain("harbour-clinic 1.0.0: Harbour Clinic protocol");
  });

  it("prints each problem as path: message, pointing at the file's own records, and exits 2", async () => {
    const { code, stdout, stderr } = await run(["rules", "validate", "bad.json"]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.split("\n").slice(1, 4)).toEqual([
      '  screening[1].sources[0]: Record "sunbed-use": Source "front-desk" is not in the pack\'s sources',
      '  screening[0].level: Record "pregnancy": "pregnancy" must stay contraindicated (rules.md §12.1)',
      "  home.maxMm: Without the opt-in, home needling stays below 0.5 mm (rules.md §12.3)",
    ]);
  });

  it("exits 2 for a file that is not JSON, 1 for a file that cannot be read", async () => {
    const broken = await run(["rules", "validate", "broken.json"]);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain("Not valid JSON at line 1, column 12");
    const missing = await run(["rules", "validate", "missing.json"]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe(
      "mnplan: missing.json: Cannot read the rule pack file missing.json: no such file\n",
    );
  });
});

describe("mnplan rules: usage", () => {
  it.each([
    [["rules", "frobnicate"], 2, "frobnicate: Unknown command"],
    [["rules", "list", "extra"], 2, "extra: Unexpected argument"],
    [["rules", "list", "--format", "ics"], 2, '--format: "ics" is not a format here'],
  ])("%j exits %i", async (argv, status, message) => {
    const { code, stderr } = await run(argv);
    expect(code).toBe(status);
    expect(stderr).toContain(message);
  });

  it("prints its help with --help", async () => {
    const { code, stdout } = await run(["rules", "--help"]);
    expect(code).toBe(0);
    expect(stdout).toContain("mnplan rules show CODE");
  });
});
