import type { Course } from "@mnplan/core";
import type { ReactNode } from "react";
import { forgetCourse } from "../lib/courses";
import { Link, navigate, usePath } from "../lib/router";
import { useCourse } from "../lib/use-course";
import { t } from "../strings";

const SECTIONS = [
  ["", "overview"],
  ["/log", "log"],
  ["/calendar", "calendar"],
  ["/progress", "progress"],
  ["/print", "print"],
] as const;

/** The tabs shared by a course's pages. */
export function CourseNav({ id }: { id: string }) {
  const path = usePath();
  const base = `/course/${encodeURIComponent(id)}`;
  return (
    <nav aria-label={t.common.courseNav.label} className="course-nav no-print">
      <ul>
        {SECTIONS.map(([suffix, key]) => (
          <li key={key}>
            <Link to={base + suffix} aria-current={path === base + suffix ? "page" : undefined}>
              {t.common.courseNav[key]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * A course page's frame: loads the course, shows the course tabs, and hands the course to
 * `children` once it is there (a calm message while loading, when missing or when it fails).
 */
export function CourseFrame({
  id,
  children,
}: {
  id: string;
  children: (course: Course, reload: () => void) => ReactNode;
}) {
  const { load, reload } = useCourse(id);
  return (
    <>
      <CourseNav id={id} />
      {load.status === "loading" && <p className="loading">{t.common.loading}</p>}
      {load.status === "missing" && (
        <section className="notice notice-caution" role="alert">
          <p>{t.common.course.missing}</p>
          <button
            type="button"
            onClick={() => {
              forgetCourse(id);
              navigate("/");
            }}
          >
            {t.common.course.forget}
          </button>
        </section>
      )}
      {load.status === "failed" && (
        <section className="notice notice-danger" role="alert">
          <p>{t.common.error.network}</p>
          <button type="button" onClick={reload}>
            {t.common.retry}
          </button>
        </section>
      )}
      {load.status === "ready" && children(load.course, reload)}
    </>
  );
}
