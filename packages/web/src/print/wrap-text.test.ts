import { describe, expect, it } from "vitest";
import { wrapText } from "./wrap-text";

// Every character is 1 unit wide, so widths are easy to read.
const measure = (text: string) => text.length;

describe("wrapText", () => {
  it.each([
    ["fits on one line", "one two", 10, ["one two"]],
    ["breaks between words", "one two three", 8, ["one two", "three"]],
    ["collapses runs of spaces", "one   two\nthree", 20, ["one two three"]],
    ["cuts a word wider than the line", "abcdefghij xy", 4, ["abcd", "efgh", "ij", "xy"]],
    ["gives nothing for blank text", "   ", 10, []],
  ])("%s", (_name, text, width, lines) => {
    expect(wrapText(text, width, measure)).toEqual(lines);
  });

  it("never gives a line wider than the width", () => {
    const text = "Stop topical retinoids (tretinoin, retinol), AHA/BHA acids and exfoliants.";
    for (const width of [5, 12, 30]) {
      for (const line of wrapText(text, width, measure))
        expect(line.length).toBeLessThanOrEqual(width);
    }
  });
});
