// A course's plan as an iCalendar file, made in the browser by the same core the feed uses.
import { buildCalendar, type Course } from "@mnplan/core";
import { apiFetch } from "../lib/api";
import { downloadFile } from "../lib/download-file";
import { t } from "../strings";

/** Loads the course and offers its calendar as a download. */
export async function downloadCourseCalendar(id: string): Promise<void> {
  const course = await apiFetch<Course>(`/api/courses/${encodeURIComponent(id)}`);
  const calendar = buildCalendar(course.current.plan, {
    generatedAt: Date.now(),
    uidNamespace: course.id,
    sequence: course.current.number,
    calendarName: t.myData.calendarName(course.label),
  });
  downloadFile(calendar, `course-${course.id}.ics`, "text/calendar;charset=utf-8");
}
