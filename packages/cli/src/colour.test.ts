import { describe, expect, it } from "vitest";
import { createFakeIo } from "../test/fake-io.js";
import { makePalette, wantsColour } from "./colour.js";

describe("colour", () => {
  it.each([
    [true, {}, true],
    [true, { NO_COLOR: "1" }, false],
    [true, { NO_COLOR: "" }, true],
    [false, {}, false],
  ])("a terminal %s with env %j wants colour: %s", (isTTY, env, wanted) => {
    expect(wantsColour(createFakeIo({ stdoutIsTTY: isTTY, env }))).toBe(wanted);
  });

  it("styles text only when enabled", () => {
    expect(makePalette(true).bold("x")).toBe("\u001b[1mx\u001b[22m");
    expect(makePalette(false).bold("x")).toBe("x");
  });
});
