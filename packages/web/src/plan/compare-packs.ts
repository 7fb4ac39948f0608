// The same answers planned with both rule packs, put side by side: the plan page shows the result
// as a table, the printed plan and its PDF as text.
import type { TreatmentPlan } from "@mnplan/core";
import { formatDate } from "../lib/format-date";
import { t } from "../strings";

const c = t.plan.compare;
type Row = keyof typeof c.rows;

export interface PackComparisonRow {
  readonly label: string;
  readonly left: string;
  readonly right: string;
}

export interface PackComparisonData {
  /** The guideline's plan on the left, the evidence's on the right, whichever is the reader's. */
  readonly left: TreatmentPlan;
  readonly right: TreatmentPlan;
  /** Only the rows whose values differ. */
  readonly rows: readonly PackComparisonRow[];
  /** The lines whose rule has an evidence note, each note once: where the evidence says otherwise. */
  readonly notes: readonly { readonly effect: string; readonly note: string }[];
}

const span = (r: { min: number; max: number } | null | undefined) =>
  r ? t.plan.range(r.min, r.max) : c.none;

function maintenanceOf(plan: TreatmentPlan): string {
  const every = plan.maintenance?.everyMonths;
  if (every) return c.everyMonths(span(every));
  const after = plan.maintenance?.reassessAfterMonths;
  return after ? c.reassessAfter(after) : c.none;
}

/** One plan's value for each compared row, as people read it. */
function valuesOf(plan: TreatmentPlan): Record<Row, string> {
  const first = plan.schedule[0];
  const last = plan.schedule[plan.schedule.length - 1];
  return {
    status: t.plan.screening.status[plan.status],
    sessions: span(plan.sessions),
    recommended: plan.sessions ? String(plan.sessions.recommended) : c.none,
    interval: span(plan.intervalWeeks),
    recommendedInterval: plan.intervalWeeks ? String(plan.intervalWeeks.recommended) : c.none,
    firstDate: first ? formatDate(first.date) : c.none,
    lastDate: last ? formatDate(last.date) : c.none,
    depth: span(first?.depthMm),
    maintenance: maintenanceOf(plan),
  };
}

function notesOf(plan: TreatmentPlan): { effect: string; note: string }[] {
  const seen = new Set<string>();
  return plan.explanation.flatMap(({ effect, evidenceNote: note }) => {
    if (!note || seen.has(note)) return [];
    seen.add(note);
    return [{ effect, note }];
  });
}

/** `plan` (the reader's) and `other` (the same answers with the other pack), compared. */
export function comparePacks(plan: TreatmentPlan, other: TreatmentPlan): PackComparisonData {
  const [left, right] = plan.rules.id === "evidence" ? [other, plan] : [plan, other];
  const a = valuesOf(left);
  const b = valuesOf(right);
  const rows = (Object.keys(c.rows) as Row[])
    .filter((row) => a[row] !== b[row])
    .map((row) => ({ label: c.rows[row], left: a[row], right: b[row] }));
  return { left, right, rows, notes: notesOf(left) };
}

/** A pack's name as the comparison heads its column, e.g. "Guideline". */
export const packName = (plan: TreatmentPlan) => c.packName[plan.rules.id] ?? plan.rules.name;
