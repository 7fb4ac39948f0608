// The warning signs that paused a course, read from its check-ins.
import { findWarningSigns, type CheckIn, type Course, type WarningSignReport } from "@mnplan/core";
import { useEffect, useState } from "react";
import { apiFetch } from "../lib/api";

/** Whether the course is paused by a warning sign (rather than held back by screening). */
export function isPausedBySign(course: Course): boolean {
  return (
    course.current.state === "paused" &&
    course.current.changes.some((change) => change.code === "paused")
  );
}

/**
 * The reports of warning signs since the course's last session, when a sign paused it; empty
 * otherwise, and until the check-ins have loaded.
 */
export function useWarningSigns(course: Course): readonly WarningSignReport[] {
  const [reports, setReports] = useState<readonly WarningSignReport[]>([]);
  const paused = isPausedBySign(course);
  const lastDone = course.current.plan.schedule.filter((s) => s.state === "done").at(-1)?.date;
  useEffect(() => {
    if (!paused) return;
    const abort = new AbortController();
    apiFetch<{ items: CheckIn[] }>(`/api/courses/${encodeURIComponent(course.id)}/check-ins`, {
      signal: abort.signal,
    }).then(
      ({ items }) => setReports(findWarningSigns(items, lastDone)),
      () => undefined,
    );
    return () => abort.abort();
  }, [course.id, course.current.number, paused, lastDone]);
  return paused ? reports : [];
}
