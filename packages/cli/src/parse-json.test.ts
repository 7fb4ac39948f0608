import { describe, expect, it } from "vitest";
import { lineAndColumn, parseJson } from "./parse-json.js";

describe("parseJson", () => {
  it("parses JSON, with or without a byte-order mark", () => {
    expect(parseJson('\uFEFF{"a":1}', "x")).toEqual({ ok: true, value: { a: 1 } });
  });

  it.each([
    ['{\n  "a": 1,\n}', "line 3, column 1"],
    ['{"a": tru}', "line 1, column 7"],
    ['{"a": 1', "line 1, column 8"],
  ])("says where %j breaks (%s)", (text, where) => {
    const parsed = parseJson(text, "request.json");
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.issue.path).toBe("request.json");
      expect(parsed.issue.message).toContain(`Not valid JSON at ${where}`);
    }
  });

  it("calls empty input empty", () => {
    const parsed = parseJson("  \n", "standard input");
    expect(parsed.ok ? "" : parsed.issue.message).toBe("Empty input: expected a JSON object");
  });

  it("counts lines and columns from 1", () => {
    expect(lineAndColumn("ab\ncd", 4)).toEqual({ line: 2, column: 2 });
  });
});
