// The PDF's text of the plan page's comparison: the same answers planned with the other rule pack,
// the numbers that differ, and the evidence notes in plain words (as PackComparison shows them).
import type { TreatmentPlan } from "@mnplan/core";
import { comparePacks, packName } from "../plan/compare-packs";
import { t } from "../strings";
import type { PrintBlock } from "./print-block";

const c = t.plan.compare;

/** Where the guideline and the evidence packs differ for these answers. */
export function buildComparisonBlocks(plan: TreatmentPlan, other: TreatmentPlan): PrintBlock[] {
  const { left, right, rows, notes } = comparePacks(plan, other);
  const name = (p: TreatmentPlan) => `${packName(p)}${p === plan ? ` ${c.yours}` : ""}`;
  const out: PrintBlock[] = [
    { kind: "heading", text: c.title },
    { kind: "paragraph", text: c.intro },
  ];
  if (rows.length === 0) out.push({ kind: "paragraph", text: c.same });
  for (const row of rows)
    out.push({
      kind: "bullet",
      text: `${row.label}: ${name(left)} ${row.left}; ${name(right)} ${row.right}`,
    });
  if (notes.length > 0) out.push({ kind: "subheading", text: c.notesTitle });
  for (const { effect, note } of notes)
    out.push(
      { kind: "paragraph", text: `${c.guidelineSays} ${effect}` },
      { kind: "note", text: `${c.evidenceSays} ${note}` },
    );
  return out;
}
