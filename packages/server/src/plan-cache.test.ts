import type { TreatmentPlan } from "@mnplan/core";
import { describe, expect, it } from "vitest";
import { createPlanCache } from "./plan-cache.js";

const entry = (json: string) => ({ plan: {} as TreatmentPlan, json: Buffer.from(json) });

describe("createPlanCache", () => {
  it("keeps the most recently used entries", () => {
    const cache = createPlanCache(2);
    cache.set("a", entry("A"));
    cache.set("b", entry("B"));
    expect(cache.get("a")?.json.toString()).toBe("A");
    cache.set("c", entry("C"));
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")?.json.toString()).toBe("A");
    expect(cache.get("c")?.json.toString()).toBe("C");
  });

  it("remembers nothing at size 0", () => {
    const cache = createPlanCache(0);
    cache.set("a", entry("A"));
    expect(cache.get("a")).toBeUndefined();
  });
});
