import { describe, expect, it } from "vitest";
import { runMain as run } from "../test/fake-io.js";
import { FLAGS, REQUEST } from "../test/plan-fixtures.js";

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

  it("names the flag only beside the fields that flags gave, over an input file", async () => {
    const file = JSON.stringify({
      ...REQUEST,
      concerns: [{ concern: "glow", areas: [] }],
    });
    const { code, stderr } = await run(["plan", "-i", "r.json", "--fitzpatrick", "9"], {
      files: { "r.json": file },
    });
    expect(code).toBe(2);
    expect(stderr).toContain("  fitzpatrick (--fitzpatrick): ");
    expect(stderr).toContain("  concerns[0].areas: Give at least one area\n");
  });

  it("fails with status 1 when the input file cannot be read", async () => {
    const { code, stderr } = await run(["plan", "--input", "missing.json"]);
    expect(code).toBe(1);
    expect(stderr).toBe("mnplan: --input: Cannot read missing.json: no such file\n");
  });
});
