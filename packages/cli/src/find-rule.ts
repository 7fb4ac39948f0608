import type { RulePack } from "@mnplan/core";

/** A rule record as data: every record has a code, a grade and sources. */
export interface RuleRecord {
  readonly code: string;
  readonly grade: string;
  readonly sources: readonly string[];
  readonly evidenceNote?: string | undefined;
  readonly [field: string]: unknown;
}

/** The groups of a pack, named as plans cite them (`sessions.acne-scars.moderate`, `session-day.session-day`). */
const GROUPS: Readonly<Record<string, (pack: RulePack) => readonly RuleRecord[]>> = {
  sessions: (pack) => pack.sessions,
  interval: (pack) => [pack.interval],
  factors: (pack) => pack.factors,
  depth: (pack) => pack.depth.rules,
  home: (pack) => [pack.home],
  screening: (pack) => pack.screening,
  prep: (pack) => pack.prep,
  "session-day": (pack) => [pack.sessionDay],
  aftercare: (pack) => pack.aftercare,
  "warning-signs": (pack) => [pack.warningSigns],
  milestones: (pack) => pack.milestones,
  maintenance: (pack) => pack.maintenance,
  adapt: (pack) => Object.values(pack.adapt),
};

export const RULE_GROUPS = Object.keys(GROUPS);

export interface FoundRule {
  /** The code as plans cite it: `group.code`. */
  readonly rule: string;
  readonly group: string;
  readonly record: RuleRecord;
}

/** Every record of a pack, with its cited code. */
export function listRules(pack: RulePack): FoundRule[] {
  return Object.entries(GROUPS).flatMap(([group, records]) =>
    records(pack).map((record) => ({ rule: `${group}.${record.code}`, group, record })),
  );
}

/**
 * Finds rules by code: `group.code` as plans cite it, a bare code in any group, or a group name for
 * all of its records. Empty when nothing matches.
 * @example findRules(GUIDELINE_PACK, "prep.stop-retinoids")[0]?.record.daysBefore === 5
 */
export function findRules(pack: RulePack, query: string): FoundRule[] {
  const wanted = query.trim().toLowerCase();
  const all = listRules(pack);
  if (wanted in GROUPS) return all.filter((found) => found.group === wanted);
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
