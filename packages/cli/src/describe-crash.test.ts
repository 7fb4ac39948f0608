import { describe, expect, it } from "vitest";
import { describeCrash } from "./describe-crash.js";

describe("describeCrash", () => {
  const error = new TypeError("x is undefined");

  it("is one line without a stack by default", () => {
    expect(describeCrash(error, {})).toBe(
      "mnplan: unexpected error: x is undefined (set MNPLAN_DEBUG=1 for details)\n",
    );
  });

  it("gives the stack with MNPLAN_DEBUG=1", () => {
    expect(describeCrash(error, { MNPLAN_DEBUG: "1" })).toContain("describe-crash.test.ts");
  });

  it("describes a thrown value that is not an Error", () => {
    expect(describeCrash("boom", {})).toBe("mnplan: unexpected error: boom\n");
  });
});
