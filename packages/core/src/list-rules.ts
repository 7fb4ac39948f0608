import type { RulePack } from "./rule-pack-schema.js";

/** A rule record as data: every record has a code, a grade and sources. */
export interface RuleRecord {
  readonly code: string;
  readonly grade: string;
  readonly sources: readonly string[];
  readonly evidenceNote?: string | undefined;
  readonly [field: string]: unknown;
}

/** A record of a pack and the code plans cite it by (`group.code`). */
export interface RuleEntry {
  readonly rule: string;
  readonly group: string;
  readonly record: RuleRecord;
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

/** The group names plans cite records under. */
export const RULE_GROUPS: readonly string[] = Object.keys(GROUPS);

/**
 * Every record of a pack with the code plans cite it by.
 * @example listRules(GUIDELINE_PACK).some((entry) => entry.rule === "prep.stop-retinoids")
 */
export function listRules(pack: RulePack): RuleEntry[] {
  return Object.entries(GROUPS).flatMap(([group, records]) =>
    records(pack).map((record) => ({ rule: `${group}.${record.code}`, group, record })),
  );
}

/**
 * The record a plan's `rule` names, if the pack has it. `safety.*` lines cite rules.md §12, not a pack.
 * @example findRule(GUIDELINE_PACK, "sessions.acne-scars.moderate")?.record.grade === "B"
 */
export function findRule(pack: RulePack, rule: string): RuleEntry | undefined {
  const group = rule.slice(0, rule.indexOf("."));
  const records = GROUPS[group];
  if (!records) return undefined;
  const code = rule.slice(group.length + 1);
  const record = records(pack).find((candidate) => candidate.code === code);
  return record && { rule, group, record };
}
