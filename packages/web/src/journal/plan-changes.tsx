// The changes a revision of the plan made, each with its reason and the rule behind it.
import { EVIDENCE_PACK, findRule, GUIDELINE_PACK, type PlanChange } from "@mnplan/core";
import { t } from "../strings";
import { formatDatesIn } from "./format-dates-in";

const PACKS = { [GUIDELINE_PACK.id]: GUIDELINE_PACK, [EVIDENCE_PACK.id]: EVIDENCE_PACK };

/** The rule's code and evidence grade, when the course's pack is one the browser knows. */
function describeRule(rule: string, packId: string): string {
  const pack = PACKS[packId];
  const entry = pack && findRule(pack, rule);
  return entry
    ? t.journal.changes.rule(rule, entry.record.grade)
    : t.journal.changes.ruleOnly(rule);
}

interface PlanChangesProps {
  readonly changes: readonly PlanChange[];
  readonly packId: string;
  /** The id of the heading that names the list. */
  readonly labelledBy?: string;
}

export function PlanChanges({ changes, packId, labelledBy }: PlanChangesProps) {
  return (
    <ul className="journal-changes" aria-labelledby={labelledBy}>
      {changes.map((change, index) => (
        <li key={`${change.code}-${change.session ?? ""}-${index}`}>
          <p>{formatDatesIn(change.message)}</p>
          <p className="hint">{describeRule(change.rule, packId)}</p>
        </li>
      ))}
    </ul>
  );
}
