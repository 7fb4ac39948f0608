import type { TreatmentPlan } from "@mnplan/core";
import type { ReactNode } from "react";
import { Disclaimer } from "../plan/disclaimer";
import { PlanSummary } from "../plan/plan-summary";
import { ScreeningNotice } from "../plan/screening-notice";
import { SessionTimeline } from "../plan/session-timeline";
import { PlanWarnings, WhatToExpect } from "../plan/what-to-expect";
import { WhyList } from "../plan/why-list";

/**
 * The plan as printed, everything unfolded: the answer first, the health check, the disclaimer,
 * (a course's progress), each session's steps, what to expect, and why.
 */
export function PrintablePlan({ plan, children }: { plan: TreatmentPlan; children?: ReactNode }) {
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
    </div>
  );
}
