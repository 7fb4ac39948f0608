import type { ExplanationLine, Topic } from "./plan-schema.js";
import type { RulePack } from "./rule-pack-schema.js";

interface Basis {
  readonly code: string;
  readonly grade: ExplanationLine["grade"];
  readonly sources: readonly string[];
  readonly evidenceNote?: string | undefined;
}

/** A record's sources as readable citations (`[2] Harris AG …`). */
export function citeSources(pack: RulePack, ids: readonly string[]): string[] {
  return ids.map((id) => `[${id}] ${pack.sources[id] ?? "unknown source"}`);
}

/** One explanation line for a rule record: which rule, what it did, its grade and sources. */
export function explainRule(
  pack: RulePack,
  topic: Topic,
  group: string,
  record: Basis,
  effect: string,
): ExplanationLine {
  const line: ExplanationLine = {
    topic,
    rule: `${group}.${record.code}`,
    effect,
    grade: record.grade,
    sources: citeSources(pack, record.sources),
  };
  return record.evidenceNote === undefined ? line : { ...line, evidenceNote: record.evidenceNote };
}
