import { describe, expect, it } from "vitest";
import { isWinAnsi, toWinAnsi } from "./to-win-ansi";

describe("toWinAnsi", () => {
  it.each([
    ["keeps plain text", "Session 1: 0.5 mm", "Session 1: 0.5 mm"],
    [
      "keeps Latin-1 and WinAnsi punctuation",
      "décolletage – “yes” … §12 €",
      "décolletage – “yes” … §12 €",
    ],
    ["spells out comparison signs", "≥ 28 days, ≤ 1.5 mm", ">= 28 days, <= 1.5 mm"],
    ["spells out arrows", "6 → 8 weeks", "6 -> 8 weeks"],
    ["turns odd spaces into spaces", "4\u202fweeks\u00a0apart", "4 weeks apart"],
    ["keeps one line", "first\nsecond", "first second"],
    ["marks what it cannot draw", "Skin 肌 ✨", "Skin ? ?"],
  ])("%s", (_name, text, expected) => {
    expect(toWinAnsi(text)).toBe(expected);
  });

  it("leaves only characters WinAnsi can encode", () => {
    const out = toWinAnsi("≈ 3 sessions ✓ → ≥ ≤ − ‑ 💉 ﬁ Ω");
    expect([...out].every(isWinAnsi)).toBe(true);
  });
});
