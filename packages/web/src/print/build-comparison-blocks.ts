// The PDF's text of the plan page's comparison: the same answers planned with the other rule pack,
// the numbers that differ, and the evidence notes in plain words (as PackComparison shows them).
import type { TreatmentPlan } from "@mnplan/core";
import { formatDate } from "../lib/format-date";
import { t } from "../strings";
import type { PrintBlock } from "./print-block";

const c = t.plan.compare;
type Row = keyof typeof c.rows;

const span = (r: { min: number; max: number } | null | undefined) =>
  r ? t.plan.range(r.min, r.max) : c.none;

function valuesOf(plan: TreatmentPlan): Record<Row, string> {
  const first = plan.schedule[0];
  const last = plan.schedule[plan.schedule.length - 1];
  const every = plan.maintenance?.everyMonths;
  const after = plan.maintenance?.reassessAfterMonths;
  return {
    status: t.plan.screening.status[plan.status],
    sessions: span(plan.sessions),
    recommended: plan.sessions ? String(plan.sessions.recommended) : c.none,
    interval: span(plan.intervalWeeks),
    recommendedInterval: plan.intervalWeeks ? String(plan.intervalWeeks.recommended) : c.none,
    firstDate: first ? formatDate(first.date) : c.none,
    lastDate: last ? formatDate(last.date) : c.none,
    depth: span(first?.depthMm),
    maintenance: every ? c.everyMonths(span(every)) : after ? c.reassessAfter(after) : c.none,
  };
}

/** Where the guideline and the evidence packs differ for these answers. */
export function buildComparisonBlocks(plan: TreatmentPlan, other: TreatmentPlan): PrintBlock[] {
  const [left, right] = plan.rules.id === "evidence" ? [other, plan] : [plan, other];
  const a = valuesOf(left);
  const b = valuesOf(right);
  const name = (p: TreatmentPlan) =>
    `${c.packName[p.rules.id] ?? p.rules.name}${p === plan ? ` ${c.yours}` : ""}`;
  const rows = (Object.keys(c.rows) as Row[]).filter((row) => a[row] !== b[row]);
  const out: PrintBlock[] = [
    { kind: "heading", text: c.title },
    { kind: "paragraph", text: c.intro },
  ];
  if (rows.length === 0) out.push({ kind: "paragraph", text: c.same });
  for (const row of rows)
    out.push({
      kind: "bullet",
      text: `${c.rows[row]}: ${name(left)} ${a[row]}; ${name(right)} ${b[row]}`,
    });
  const seen = new Set<string>();
  const notes = left.explanation.filter(({ evidenceNote: note }) => {
    if (!note || seen.has(note)) return false;
    seen.add(note);
    return true;
  });
  if (notes.length > 0) out.push({ kind: "subheading", text: c.notesTitle });
  for (const line of notes)
    out.push(
      { kind: "paragraph", text: `${c.guidelineSays} ${line.effect}` },
      { kind: "note", text: `${c.evidenceSays} ${line.evidenceNote ?? ""}` },
    );
  return out;
}
