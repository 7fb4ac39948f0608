import type { TreatmentPlan } from "@mnplan/core";
import { useId } from "react";
import { t } from "../strings";
import { comparePacks, packName } from "./compare-packs";
import "./plan.css";

const c = t.plan.compare;

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
  const { left, right, rows, notes } = comparePacks(plan, other);
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
                  {packName(p)} {p === plan && <span className="yours">{c.yours}</span>}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
                <td>{row.left}</td>
                <td>{row.right}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {onUse && rows.length > 0 && (
        <p>
          <button type="button" onClick={() => onUse(other.rules.id)}>
            {c.use(packName(other))}
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
