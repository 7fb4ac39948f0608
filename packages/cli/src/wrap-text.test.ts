import { describe, expect, it } from "vitest";
import { visibleLength, wrapLabelled, wrapText } from "./wrap-text.js";

describe("wrapText", () => {
  it("wraps at the width with a hanging indent", () => {
    expect(wrapText("one two three four five", 12, "- ", "  ")).toBe(
      "- one two\n  three four\n  five",
    );
  });

  it("leaves a word longer than the line whole", () => {
    expect(wrapText("a supercalifragilistic b", 10)).toBe("a\nsupercalifragilistic\nb");
  });

  it("does not count colour codes as columns", () => {
    const red = "\u001b[31mred\u001b[39m";
    expect(visibleLength(red)).toBe(3);
    expect(wrapText(`${red} ${red} ${red}`, 11)).toBe(`${red} ${red} ${red}`);
  });
});

describe("wrapLabelled", () => {
  it("lines the text up after the label column", () => {
    expect(wrapLabelled("Mon", "a b c d", 10, "  ", 5)).toBe("  Mon  a b\n       c d");
  });
});
