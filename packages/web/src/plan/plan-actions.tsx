import type { TreatmentPlan } from "@mnplan/core";
import { useId, useState } from "react";
import { ApiError } from "../lib/api";
import { startCourse } from "../lib/courses";
import { completeDraft, type DraftRequest } from "../lib/draft";
import { formatDate } from "../lib/format-date";
import { Link, navigate } from "../lib/router";
import { t } from "../strings";

const a = t.plan.actions;

/** A name for the course: its concerns and first date, e.g. "Acne scars from Sat 9 Jan 2027". */
export function labelFor(plan: TreatmentPlan, request: DraftRequest): string {
  const concerns = Array.isArray(request.concerns)
    ? (request.concerns as { concern: keyof typeof t.plan.concerns }[])
        .map((c) => t.plan.concerns[c.concern])
        .join(", ")
    : "";
  const named = concerns.charAt(0).toUpperCase() + concerns.slice(1);
  const first = plan.schedule[0];
  return first ? a.label(named, formatDate(first.date)) : a.labelUndated(named);
}

function messageFor(error: unknown): string {
  if (error instanceof ApiError) return error.status < 500 ? a.refused(error.title) : a.failed;
  return `${a.failed} ${t.common.error.network}`;
}

/** What to do with the plan: add it to a calendar, print it, or follow it (start a course). */
export function PlanActions({ plan, request }: { plan: TreatmentPlan; request: DraftRequest }) {
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const dated = plan.schedule.length > 0;

  const follow = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const course = await startCourse(completeDraft(request, Date.now()), labelFor(plan, request));
      navigate(`/course/${encodeURIComponent(course.id)}`);
    } catch (caught) {
      setError(messageFor(caught));
      setBusy(false);
    }
  };

  return (
    <section className="plan-actions no-print" aria-labelledby={id}>
      <h2 id={id}>{a.title}</h2>
      {dated && (
        <div className="follow">
          <button
            type="button"
            className="button-primary"
            disabled={busy}
            onClick={() => void follow()}
            aria-describedby={`${id}-hint`}
          >
            {busy ? a.following : a.follow}
          </button>
          <p id={`${id}-hint`} className="hint">
            {a.followHint}
          </p>
        </div>
      )}
      <div className="plan-action-row">
        {dated && (
          <Link to="/plan/calendar" className="button">
            {a.calendar}
          </Link>
        )}
        <Link to="/plan/print" className="button">
          {a.print}
        </Link>
        <Link to="/start" className="plan-edit">
          {a.edit}
        </Link>
      </div>
      {error && (
        <p role="alert" className="notice notice-caution">
          {error}
        </p>
      )}
    </section>
  );
}
