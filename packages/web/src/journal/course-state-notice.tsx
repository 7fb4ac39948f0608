// Where the course stands, when it is not simply going on: paused by a warning sign (see a
// professional), held back by screening, or complete.
import type { Course } from "@mnplan/core";
import { ScreeningNotice } from "../plan/screening-notice";
import { t } from "../strings";
import { SeeAProfessional } from "./see-a-professional";
import { isPausedBySign, useWarningSigns } from "./use-warning-signs";

export function CourseStateNotice({ course }: { course: Course }) {
  const reports = useWarningSigns(course);
  const words = t.journal.overview;
  if (isPausedBySign(course)) return <SeeAProfessional reports={reports} />;
  if (course.current.state === "paused") return <ScreeningNotice plan={course.current.plan} />;
  if (course.current.state === "complete") {
    const maintenance = course.current.plan.maintenance?.text;
    return (
      <div className="notice notice-ok">
        <p>{words.complete}</p>
        {maintenance && <p>{maintenance}</p>}
      </div>
    );
  }
  return null;
}
