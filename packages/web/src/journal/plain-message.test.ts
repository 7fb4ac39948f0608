import { describe, expect, it } from "vitest";
import { plainMessage } from "./plain-message";

describe("plainMessage", () => {
  it.each([
    ["too-big", "Too big: expected number to be <=3", "Use 3 or less."],
    ["too-small", "Too small: expected number to be >=1", "Use 1 or more."],
    [
      "too-big",
      "Too big: expected string to have <=2000 characters",
      "Keep it to 2000 characters or fewer.",
    ],
    [
      "too-early",
      "Too soon after the last session: allowed from 2027-02-01.",
      "Too soon after the last session: allowed from Mon 1 Feb 2027.",
    ],
    [
      "invalid-value",
      "Expected a real calendar date as YYYY-MM-DD",
      "Expected a real calendar date as YYYY-MM-DD",
    ],
  ])("%s: %s", (code, message, plain) => {
    expect(plainMessage({ code, message })).toBe(plain);
  });
});
