import type { TreatmentPlan } from "@mnplan/core";
import { useId } from "react";
import { t } from "../strings";
import { formatDate } from "../lib/format-date";
import "./plan.css";

const c = t.plan.compare;
type Row = keyof typeof c.rows;

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

/** The lines whose rule has an evidence note, each note once: where the evidence says otherwise. */
function notesOf(plan: TreatmentPlan): { effect: string; note: string }[] {
  const seen = new Set<string>();
  return plan.explanation.flatMap(({ effect, evidenceNote: note }) => {
    if (!note || seen.has(note)) return [];
    seen.add(note);
    return [{ effect, note }];
  });
}

/**
 * The same answers planned with both rule packs, side by side: only the numbers that differ, and
 * the evidence notes in plain words. `onUse` offers to switch the plan to the other pack.
 */
export function PackComparison({
  plan,
  other,
  onUse,
}: {
  plan: TreatmentPlan;
  other: TreatmentPlan;
  onUse?: (packId: string) => void;
}) {
  const id = useId();
  const [left, right] = plan.rules.id === "evidence" ? [other, plan] : [plan, other];
  const a = valuesOf(left);
  const b = valuesOf(right);
  const rows = (Object.keys(c.rows) as Row[]).filter((row) => a[row] !== b[row]);
  const notes = notesOf(left);
  const name = (p: TreatmentPlan) => c.packName[p.rules.id] ?? p.rules.name;
  return (
    <section className="pack-comparison" aria-labelledby={id}>
      <h2 id={id}>{c.title}</h2>
      <p>{c.intro}</p>
      {rows.length === 0 ? (
        <p>{c.same}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{c.what}</th>
              {[left, right].map((p) => (
                <th scope="col" key={p.rules.id}>
                  {name(p)} {p === plan && <span className="yours">{c.yours}</span>}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row}>
                <th scope="row">{c.rows[row]}</th>
                <td>{a[row]}</td>
                <td>{b[row]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {onUse && rows.length > 0 && (
        <p>
          <button type="button" onClick={() => onUse(other.rules.id)}>
            {c.use(name(other))}
          </button>
        </p>
      )}
      {notes.length > 0 && (
        <>
          <h3>{c.notesTitle}</h3>
          <ul className="pack-notes">
            {notes.map(({ effect, note }) => (
              <li key={note}>
                <p>
                  <strong>{c.guidelineSays}</strong> {effect}
                </p>
                <p>
                  <strong>{c.evidenceSays}</strong> {note}
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
