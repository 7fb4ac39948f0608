import { useCallback } from "react";
import { hasAnswers, useDraft, useDraftPlan, useOtherPackPlan } from "../lib/draft";
import { StartLink } from "../lib/start-link";
import type { PageProps } from "../shell/routes";
import { t } from "../strings";
import { Disclaimer } from "./disclaimer";
import { PackComparison } from "./pack-comparison";
import { PlanActions } from "./plan-actions";
import { PlanSummary } from "./plan-summary";
import { ScreeningNotice } from "./screening-notice";
import { SessionTimeline } from "./session-timeline";
import { PlanWarnings, WhatToExpect } from "./what-to-expect";
import { WhyList } from "./why-list";
import "./plan.css";

const n = t.plan.noDraft;

function NoPlan({ started }: { started: boolean }) {
  return (
    <section className="card" aria-labelledby="no-plan-title">
      <h1 id="no-plan-title">{n.title}</h1>
      <p>{started ? n.incomplete : n.body}</p>
      <StartLink started={started} start={n.start} resume={n.resume} />
    </section>
  );
}

/** The draft's plan in full: the answer first, then safety, the sessions, and why. */
export default function PlanPage(_props: PageProps) {
  const [draft, setDraft] = useDraft();
  const { request } = draft;
  const result = useDraftPlan(request);
  const other = useOtherPackPlan(request);
  const usePack = useCallback(
    (pack: string) =>
      setDraft((current) => ({ ...current, request: { ...current.request, rules: pack } })),
    [setDraft],
  );

  if (!result.ok) return <NoPlan started={hasAnswers(request)} />;
  const plan = result.value;
  const dated = plan.schedule.length > 0;
  return (
    <div className="plan-page">
      <h1>{t.plan.title}</h1>
      {dated && <PlanSummary plan={plan} />}
      <ScreeningNotice plan={plan} />
      {!dated && <PlanSummary plan={plan} />}
      <PlanWarnings plan={plan} />
      <Disclaimer plan={plan} />
      <PlanActions plan={plan} request={request} />
      <SessionTimeline plan={plan} />
      <WhatToExpect plan={plan} />
      <WhyList plan={plan} />
      {other.ok && <PackComparison plan={plan} other={other.value} onUse={usePack} />}
    </div>
  );
}
