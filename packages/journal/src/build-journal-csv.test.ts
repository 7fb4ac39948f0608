import { describe, expect, it } from "vitest";
import { formatCell } from "./build-journal-csv.js";

describe("formatCell", () => {
  it.each([
    [undefined, ""],
    [3, "3"],
    [true, "true"],
    ["plain", "plain"],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["two\nlines", '"two\nlines"'],
    ["=1+1", "'=1+1"],
    ["+44 20", "'+44 20"],
    ["-2", "'-2"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tx", "'\tx"],
    ["\rx", '"\'\rx"'],
    ['=HYPERLINK("x", "y")', `"'=HYPERLINK(""x"", ""y"")"`],
  ])("%j → %j", (value, cell) => {
    expect(formatCell(value)).toBe(cell);
  });
});
