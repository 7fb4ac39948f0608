import type { TreatmentPlan } from "@mnplan/core";
import type { ReactNode } from "react";
import { Link } from "../lib/router";
import { t } from "../strings";

/** The calendar page's heading, lead and the plan's disclaimer. */
export function PlanIntro({ title, plan }: { title: string; plan: TreatmentPlan }) {
  return (
    <>
      <h1>{title}</h1>
      <p className="lead">{t.calendar.lead}</p>
      <p className="disclaimer">{plan.disclaimer}</p>
    </>
  );
}

/** Shown instead of a calendar when the plan has no session dates. */
export function NoDates({ to, link }: { to: string; link: string }) {
  return (
    <section className="notice notice-caution" aria-labelledby="no-dates-title">
      <h2 id="no-dates-title">{t.calendar.noDates.title}</h2>
      <p>{t.calendar.noDates.body}</p>
      <p>
        <Link to={to}>{link}</Link>
      </p>
    </section>
  );
}

/** A calm notice with a heading, for the states a page can be in. */
export function Notice(props: { title?: string; tone?: "caution" | "ok"; children: ReactNode }) {
  return (
    <section className={`notice${props.tone ? ` notice-${props.tone}` : ""}`}>
      {props.title && <h2>{props.title}</h2>}
      {props.children}
    </section>
  );
}
