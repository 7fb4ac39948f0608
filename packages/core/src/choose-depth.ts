import { explainRule } from "./cite.js";
import type { Facts } from "./facts.js";
import type { AreaDepth, ExplanationLine } from "./plan-schema.js";
import type { DepthRule, RulePack } from "./rule-pack-schema.js";
import type { Area, Concern } from "./vocabulary.js";

/** Depth for each treated area, the main area first, and the lines that explain it. */
export interface DepthChoice {
  readonly areas: readonly AreaDepth[];
  readonly lines: readonly ExplanationLine[];
}

const round = (mm: number): number => Math.round(mm * 100) / 100;

/** The clinic depth rule for an area and concern: one naming the concern wins over a general one. */
export function depthRuleFor(pack: RulePack, area: Area, concern: Concern): DepthRule | undefined {
  const forArea = pack.depth.rules.filter((rule) => rule.areas.includes(area));
  return (
    forArea.find((rule) => rule.concerns?.includes(concern)) ??
    forArea.find((rule) => !rule.concerns)
  );
}

/**
 * Chooses needle depth per area (rules.md §5). At home: the home default up to the home limit (0.5 mm only
 * with the opt-in), never deeper than the clinic range for that area.
 */
export function chooseDepth(facts: Facts, pack: RulePack, mainConcern: Concern): DepthChoice {
  const { request } = facts;
  const home = request.setting === "home";
  const homeMax = request.homeDepthOptIn ? pack.home.optInMaxMm : pack.home.maxMm;
  const areas: AreaDepth[] = [];
  const lines: ExplanationLine[] = [];
  const ordered = [...facts.concerns].sort(
    (a, b) => Number(b.concern === mainConcern) - Number(a.concern === mainConcern),
  );
  for (const { concern, areas: treated } of ordered) {
    for (const area of treated) {
      if (areas.some((entry) => entry.area === area && entry.concern === concern)) continue;
      const rule = depthRuleFor(pack, area, concern);
      if (!rule) continue;
      const clinic = rule.depthMm;
      const depthMm = home
        ? {
            min: round(Math.min(pack.home.defaultMm, clinic.min)),
            max: round(Math.min(homeMax, clinic.max)),
          }
        : { min: clinic.min, max: clinic.max };
      if (depthMm.max < depthMm.min) depthMm.max = depthMm.min;
      const ruleCode = home ? `home.${pack.home.code}` : `depth.${rule.code}`;
      areas.push({ area, concern, depthMm, rule: ruleCode });
      const range = `${depthMm.min.toFixed(2)}–${depthMm.max.toFixed(2)} mm`;
      lines.push(
        home
          ? explainRule(pack, "depth", "home", pack.home, `${area} (${concern}) at home: ${range}`)
          : explainRule(
              pack,
              "depth",
              "depth",
              rule,
              `${area} (${concern}): ${range}${rule.note ? `. ${rule.note}` : ""}`,
            ),
      );
    }
  }
  return { areas, lines };
}

/** A depth range lowered by some steps, never below the pack's floor: the gentler first session. */
export function lowerDepth(
  depth: { min: number; max: number },
  steps: number,
  pack: RulePack,
): { min: number; max: number } {
  if (steps === 0) return depth;
  const drop = steps * pack.depth.stepMm;
  const floor = pack.depth.floorMm;
  const min = round(Math.min(depth.min, Math.max(floor, depth.min - drop)));
  const max = round(Math.min(depth.max, Math.max(floor, depth.max - drop, min)));
  return { min, max };
}
