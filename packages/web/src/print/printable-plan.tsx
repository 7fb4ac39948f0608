import type { TreatmentPlan } from "@mnplan/core";
import type { ReactNode } from "react";
import { Disclaimer } from "../plan/disclaimer";
import { PackComparison } from "../plan/pack-comparison";
import { PlanSummary } from "../plan/plan-summary";
import { ScreeningNotice } from "../plan/screening-notice";
import { SessionTimeline } from "../plan/session-timeline";
import { PlanWarnings, WhatToExpect } from "../plan/what-to-expect";
import { WhyList } from "../plan/why-list";

/**
 * The plan as printed, everything unfolded: the answer first, the health check, the disclaimer,
 * (a course's progress), each session's steps, what to expect, why, and (for a draft) where the
 * two rule packs differ.
 */
export function PrintablePlan(props: {
  plan: TreatmentPlan;
  /** The same answers planned with the other rule pack: where the two differ. */
  other?: TreatmentPlan | undefined;
  children?: ReactNode;
}) {
  const { plan, other, children } = props;
  const dated = plan.schedule.length > 0;
  return (
    <div className="printable-plan">
      {dated && <PlanSummary plan={plan} />}
      <ScreeningNotice plan={plan} />
      {!dated && <PlanSummary plan={plan} />}
      <PlanWarnings plan={plan} />
      <Disclaimer plan={plan} />
      {children}
      <SessionTimeline plan={plan} open="all" />
      <WhatToExpect plan={plan} />
      <WhyList plan={plan} sourcesOpen />
      {other && <PackComparison plan={plan} other={other} />}
    </div>
  );
}
