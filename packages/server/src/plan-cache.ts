import type { TreatmentPlan } from "@mnplan/core";

/** A plan made for a request, and its JSON as sent (UTF-8). */
export interface CachedPlan {
  readonly plan: TreatmentPlan;
  readonly json: Uint8Array;
}

/**
 * Remembers the last plans made by `POST /api/plan`, by their request (with `today` filled in). A
 * plan is a pure function of the request and the app's packs, so a hit is the same answer without
 * parsing, planning or serialising again. Least recently used first out; size 0 remembers nothing.
 */
export interface PlanCache {
  get(key: string): CachedPlan | undefined;
  set(key: string, value: CachedPlan): void;
}

export function createPlanCache(size: number): PlanCache {
  const entries = new Map<string, CachedPlan>();
  return {
    get(key) {
      const hit = entries.get(key);
      if (hit !== undefined) {
        entries.delete(key);
        entries.set(key, hit);
      }
      return hit;
    },
    set(key, value) {
      if (size <= 0) return;
      entries.delete(key);
      entries.set(key, value);
      if (entries.size > size) entries.delete(entries.keys().next().value as string);
    },
  };
}
