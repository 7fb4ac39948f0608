import { describe, expect, it } from "vitest";
import { findJsonError } from "./find-json-error.js";

describe("findJsonError", () => {
  it.each(['{"a": [1, -2.5e3, true, false, null, "x\\n\\u00e9"], "b": {}}', "[]", ' "text" ', "0"])(
    "finds nothing wrong in %s",
    (text) => {
      expect(findJsonError(text)).toBe(-1);
    },
  );

  it.each([
    ['{"a": tru}', 6],
    ['{"a": 1,}', 8],
    ['{"a" 1}', 5],
    ["[1 2]", 3],
    ['{"a": 1} x', 9],
    ['{"a": "b', 6],
    ["{'a': 1}", 1],
    ["", 0],
  ])("finds where %j breaks: %i", (text, offset) => {
    expect(findJsonError(text)).toBe(offset);
  });

  it("agrees with the runtime on every prefix of a request", () => {
    const text = JSON.stringify(
      { concerns: [{ concern: "glow", areas: ["cheeks"] }], age: 3.5e1, ok: true },
      null,
      2,
    );
    for (let end = 0; end <= text.length; end++) {
      const prefix = text.slice(0, end);
      let valid = true;
      try {
        JSON.parse(prefix);
      } catch {
        valid = false;
      }
      expect(findJsonError(prefix) === -1).toBe(valid);
    }
  });
});
