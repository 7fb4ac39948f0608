import type { Area, AreaDepth } from "@mnplan/core";

/** Each area once, in the plan's order, with the lowest range any of its concerns gives it. */
export function areaRanges(
  depths: readonly AreaDepth[],
): { area: Area; min: number; max: number }[] {
  const ranges = new Map<Area, { area: Area; min: number; max: number }>();
  for (const { area, depthMm } of depths) {
    const seen = ranges.get(area);
    ranges.set(area, {
      area,
      min: Math.min(seen?.min ?? Infinity, depthMm.min),
      max: Math.min(seen?.max ?? Infinity, depthMm.max),
    });
  }
  return [...ranges.values()];
}
