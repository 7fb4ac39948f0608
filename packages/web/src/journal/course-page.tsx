// `/course/:id`: the course's plan as it stands now: where it stands, the next session, what
// changed and why (and earlier versions), every session with the done ones marked, the disclaimer.
import type { Course } from "@mnplan/core";
import { Disclaimer } from "../plan/disclaimer";
import { PlanSummary } from "../plan/plan-summary";
import { SessionTimeline } from "../plan/session-timeline";
import { WhyList } from "../plan/why-list";
import { CourseFrame } from "../shell/course-frame";
import type { PageProps } from "../shell/routes";
import { t } from "../strings";
import { CourseStateNotice } from "./course-state-notice";
import { NextSession } from "./next-session";
import { PlanChanges } from "./plan-changes";
import { describeRevision, RevisionHistory } from "./revision-history";
import { findNextPlanned } from "./session-defaults";
import { isPausedBySign } from "./use-warning-signs";
import "./journal.css";

function WhatChanged({ course }: { course: Course }) {
  const words = t.journal.overview;
  const { current } = course;
  return (
    <section aria-labelledby="changes-title">
      <h2 id="changes-title">{words.changesTitle}</h2>
      {current.number === 0 && <p>{words.noChanges}</p>}
      {current.number > 0 && (
        <>
          <p className="hint">{describeRevision(current, course.request.timeZone)}</p>
          {current.changes.length > 0 ? (
            <PlanChanges
              changes={current.changes}
              packId={course.rules.id}
              labelledBy="changes-title"
            />
          ) : (
            <p>{words.noNewChanges}</p>
          )}
          <RevisionHistory
            courseId={course.id}
            current={current.number}
            packId={course.rules.id}
            timeZone={course.request.timeZone}
          />
        </>
      )}
    </section>
  );
}

function Overview({ course }: { course: Course }) {
  const words = t.journal.overview;
  const { plan, state } = course.current;
  const next = state === "active" ? findNextPlanned(course) : undefined;
  const bySign = isPausedBySign(course);
  return (
    <>
      <h1>{words.title(course.label)}</h1>
      <CourseStateNotice course={course} />
      <p className="lead">{words.lead}</p>
      {next && <NextSession courseId={course.id} session={next} />}
      <WhatChanged course={course} />
      {!bySign && <PlanSummary plan={plan} />}
      <SessionTimeline plan={plan} />
      <details className="journal-why">
        <summary>{words.whyTitle}</summary>
        <WhyList plan={plan} />
      </details>
      <Disclaimer plan={plan} />
    </>
  );
}

export default function CoursePage({ params }: PageProps) {
  return <CourseFrame id={params.id ?? ""}>{(course) => <Overview course={course} />}</CourseFrame>;
}
