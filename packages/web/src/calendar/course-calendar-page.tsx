import { buildCalendar, todayInZone, type Course } from "@mnplan/core";
import { Link } from "../lib/router";
import { CourseFrame } from "../shell/course-frame";
import type { PageProps } from "../shell/routes";
import { t } from "../strings";
import "./calendar.css";
import { CalendarViews } from "./calendar-views";
import { IcsDownload } from "./ics-download";
import { NoDates, Notice, PlanIntro } from "./plan-intro";
import { SubscribePanel } from "./subscribe-panel";

/** The course's calendar file, with the same UIDs, sequence and name as its subscription feed. */
export function buildCourseCalendar(course: Course, generatedAt: number): string {
  return buildCalendar(course.current.plan, {
    generatedAt,
    uidNamespace: course.id,
    sequence: course.current.number,
    calendarName:
      course.label === null
        ? t.calendar.download.calendarName
        : t.calendar.download.courseCalendarName(course.label),
  });
}

function CourseCalendar({ course }: { course: Course }) {
  const { plan, state } = course.current;
  const base = `/course/${encodeURIComponent(course.id)}`;
  return (
    <>
      <PlanIntro title={t.calendar.courseTitle} plan={plan} />
      {state !== "active" && (
        <Notice tone={state === "complete" ? "ok" : "caution"}>
          <p>{t.calendar.state[state]}</p>
          <p>
            <Link to={base}>{t.calendar.state.coursePage}</Link>
          </p>
        </Notice>
      )}
      {plan.schedule.length === 0 ? (
        state === "active" && <NoDates to={base} link={t.calendar.noDates.course} />
      ) : (
        <>
          <CalendarViews plan={plan} today={todayInZone(Date.now(), plan.timeZone)} />
          <IcsDownload build={() => buildCourseCalendar(course, Date.now())} />
        </>
      )}
      <SubscribePanel courseId={course.id} />
    </>
  );
}

/** A followed course's calendar: month and list views, a calendar file and a subscription feed. */
export default function CourseCalendarPage({ params }: PageProps) {
  const id = params.id ?? "";
  return <CourseFrame id={id}>{(course) => <CourseCalendar course={course} />}</CourseFrame>;
}
