import type { TreatmentPlan } from "@mnplan/core";
import { useId } from "react";
import { t } from "../strings";

/** The plan's statement that it is general information; always shown in full, never collapsed. */
export function Disclaimer({ plan }: { plan: Pick<TreatmentPlan, "disclaimer"> }) {
  const id = useId();
  return (
    <section className="disclaimer" aria-labelledby={id}>
      <h2 id={id} className="disclaimer-title">
        {t.plan.disclaimer.title}
      </h2>
      <p>{plan.disclaimer}</p>
    </section>
  );
}
