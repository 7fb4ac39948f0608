import { createHash } from "node:crypto";
import { deflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { compressPlan, decompressPlan, PLAN_FORMATS } from "./compress-plan.js";
import { PLAN_DICTIONARY_1, PLAN_DICTIONARY_1_SHA256 } from "./plan-dictionary.js";
import { fixturePlan } from "./repository-fixtures.js";

describe("compressPlan", () => {
  it.each(Object.entries(PLAN_FORMATS))(
    "gives back the very plan it stored, in format %s",
    (_, format) => {
      for (const index of [0, 1, 2]) {
        const stored = compressPlan(fixturePlan(index), format);
        expect(stored[0]).toBe(format);
        expect(decompressPlan(stored)).toStrictEqual(fixturePlan(index));
      }
    },
  );

  it("stores a plan of tens of kilobytes in a few, smaller with the dictionary", () => {
    const plan = fixturePlan(0);
    const json = Buffer.byteLength(JSON.stringify(plan));
    const plain = compressPlan(plan, PLAN_FORMATS.deflate).byteLength;
    const withDictionary = compressPlan(plan).byteLength;
    expect(json).toBeGreaterThan(20_000);
    expect(plain).toBeLessThan(json / 4);
    expect(withDictionary).toBeLessThan(plain * 0.7);
  });

  it("keeps dictionary 1 exactly as plans were written with it", () => {
    expect(Buffer.byteLength(PLAN_DICTIONARY_1)).toBe(32_768);
    expect(createHash("sha256").update(PLAN_DICTIONARY_1, "utf8").digest("hex")).toBe(
      PLAN_DICTIONARY_1_SHA256,
    );
  });

  it.each([
    ["nothing", [], "unknown plan encoding (empty)"],
    ["an unknown format byte", [7, 1, 2], "unknown plan encoding 7"],
    ["bytes that are not DEFLATE", [2, 0xff, 0xff, 0xff], "not valid DEFLATE data"],
    ["DEFLATE of something not JSON", [1, ...deflateRawSync("{not json")], "not valid JSON"],
  ])("says what is wrong with %s", (_, bytes, message) => {
    expect(() => decompressPlan(Uint8Array.from(bytes))).toThrow(message);
  });
});
