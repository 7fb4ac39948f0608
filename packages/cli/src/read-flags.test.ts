import { describe, expect, it } from "vitest";
import { lastString, readFlags } from "./read-flags.js";

const SPECS = {
  name: { type: "string" },
  tag: { type: "string", multiple: true },
  quiet: { type: "boolean", short: "q" },
} as const;

describe("readFlags", () => {
  it("reads strings (every occurrence), booleans, short flags and positionals", () => {
    const flags = readFlags(
      ["--name", "a", "--tag=x", "--tag", "y", "-q", "show", "--", "--literal"],
      SPECS,
    );
    expect(lastString(flags, "name")).toBe("a");
    expect(flags.strings.get("tag")).toEqual(["x", "y"]);
    expect(flags.booleans.has("quiet")).toBe(true);
    expect(flags.positionals).toEqual(["show", "--literal"]);
    expect(flags.issues).toEqual([]);
  });

  it("reports every misuse with the flag as typed, not just the first", () => {
    const flags = readFlags(
      ["--nope", "-x", "--quiet=1", "--name", "a", "--name", "b", "--tag"],
      SPECS,
    );
    expect(flags.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["unknown-flag", "--nope"],
      ["unknown-flag", "-x"],
      ["unexpected-value", "--quiet"],
      ["repeated-flag", "--name"],
      ["missing-value", "--tag"],
    ]);
  });

  it("does not take the next flag as a missing value", () => {
    const flags = readFlags(["--name", "--quiet"], SPECS);
    expect(flags.issues.map((issue) => issue.code)).toEqual(["missing-value"]);
  });
});
