import {
  todayInZone,
  type CheckIn,
  type Course,
  type PerformedSession,
  type ProgressRating,
} from "@mnplan/core";
import { useMemo } from "react";
import { formatDateLong } from "../lib/format-date";
import { listPath, useList } from "../progress/use-list";
import { CourseFrame } from "../shell/course-frame";
import type { PageProps } from "../shell/routes";
import { t } from "../strings";
import { buildPrintDocument } from "./build-print-document";
import { summariseProgress } from "./build-progress-blocks";
import { PrintToolbar } from "./print-toolbar";
import { PrintablePlan } from "./printable-plan";
import { ProgressSummaryCard } from "./progress-summary";
import { useDocumentTitle } from "./use-document-title";
import "./print.css";

const words = t.print;

function CoursePrint({ course }: { course: Course }) {
  const sessions = useList<PerformedSession>(listPath(course.id, "sessions")).load;
  const checkIns = useList<CheckIn>(listPath(course.id, "check-ins")).load;
  const ratings = useList<ProgressRating>(listPath(course.id, "ratings")).load;
  const title = words.courseDocumentTitle(course.label);
  useDocumentTitle(title);
  const { plan, state, changes } = course.current;
  const summary = useMemo(
    () =>
      sessions.status === "ready" && checkIns.status === "ready" && ratings.status === "ready"
        ? summariseProgress({
            state,
            changes,
            sessions: sessions.items,
            checkIns: checkIns.items,
            ratings: ratings.items,
          })
        : undefined,
    [sessions, checkIns, ratings, state, changes],
  );
  const failed = [sessions, checkIns, ratings].some((l) => l.status === "failed");
  const madeOn = todayInZone(Date.now(), plan.timeZone);
  return (
    <div className="print-page">
      <h1>{title}</h1>
      <p className="print-meta">{words.madeOn(formatDateLong(madeOn))}</p>
      <p className="lead no-print">{words.lead}</p>
      <PrintToolbar
        title={title}
        blocks={() =>
          buildPrintDocument({ title, madeOn, plan, ...(summary ? { progress: summary } : {}) })
        }
      />
      <PrintablePlan plan={plan}>
        {summary && <ProgressSummaryCard summary={summary} plan={plan} />}
        {failed && (
          <p className="notice notice-caution" role="alert">
            {words.loadFailed}
          </p>
        )}
        {!summary && !failed && <p className="loading">{t.common.loading}</p>}
      </PrintablePlan>
    </div>
  );
}

/** A course's plan and progress, ready to print or save as a PDF. */
export default function CoursePrintPage({ params }: PageProps) {
  return (
    <CourseFrame id={params.id ?? ""}>{(course) => <CoursePrint course={course} />}</CourseFrame>
  );
}
