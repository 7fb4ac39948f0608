import { listRules, RULE_GROUPS, type RuleEntry, type RulePack } from "@mnplan/core";

export { listRules, RULE_GROUPS } from "@mnplan/core";
export type { RuleRecord } from "@mnplan/core";
/** A record found by `findRules`: the record and the code plans cite it by. */
export type FoundRule = RuleEntry;

/**
 * Finds rules by code: `group.code` as plans cite it, a bare code in any group, or a group name for
 * all of its records. Empty when nothing matches.
 * @example findRules(GUIDELINE_PACK, "prep.stop-retinoids")[0]?.record.daysBefore === 5
 */
export function findRules(pack: RulePack, query: string): FoundRule[] {
  const wanted = query.trim().toLowerCase();
  const all = listRules(pack);
  if (RULE_GROUPS.includes(wanted)) return all.filter((found) => found.group === wanted);
  const exact = all.filter((found) => found.rule === wanted);
  return exact.length > 0 ? exact : all.filter((found) => found.record.code === wanted);
}

/** Codes that share the query's words, best first (those that start with it, then by words shared). */
export function suggestRules(pack: RulePack, query: string, limit = 5): string[] {
  const wanted = query.trim().toLowerCase();
  const words = wanted.split(/[.\s-]+/).filter((word) => word.length > 2);
  const score = (rule: string): number =>
    (rule.startsWith(wanted) ? words.length + 1 : 0) +
    words.filter((word) => rule.includes(word)).length;
  return listRules(pack)
    .map((found) => ({ rule: found.rule, score: score(found.rule) }))
    .filter((found) => found.score > 0)
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map((found) => found.rule);
}
