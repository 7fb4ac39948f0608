import { useEffect, useRef, useState } from "react";
import type { FollowedCourse } from "../lib/courses";
import { Link } from "../lib/router";
import { formatDate } from "../lib/format-date";
import { t } from "../strings";
import { deleteCourse } from "./delete-everything";
import { downloadCourseCalendar } from "./download-course-calendar";

const words = t.myData.courses;

/** The name a course is shown by. */
export const courseName = (course: FollowedCourse) => course.label || words.untitled;

/** One followed course: its exports, and deleting it after a confirmation. */
export function CourseDataCard({ course }: { course: FollowedCourse }) {
  const name = courseName(course);
  const base = `/api/courses/${encodeURIComponent(course.id)}`;
  const [step, setStep] = useState<"idle" | "confirm" | "deleting" | "failed">("idle");
  const [icsFailed, setIcsFailed] = useState(false);
  const question = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (step === "confirm") question.current?.focus();
  }, [step]);

  const remove = async () => {
    setStep("deleting");
    try {
      await deleteCourse(course.id);
    } catch {
      setStep("failed");
    }
  };
  const calendar = async () => {
    setIcsFailed(false);
    try {
      await downloadCourseCalendar(course.id);
    } catch {
      setIcsFailed(true);
    }
  };

  return (
    <li className="card data-course">
      <h3>
        <Link to={`/course/${encodeURIComponent(course.id)}`}>{name}</Link>
      </h3>
      <p className="hint">{words.started(formatDate(course.createdAt.slice(0, 10)))}</p>
      <p className="data-download">{words.download}</p>
      <div className="button-row">
        <a
          className="button"
          href={`${base}/export.json`}
          download={`course-${course.id}.json`}
          aria-label={words.exportLabel(words.exportJson, name)}
        >
          {words.exportJson}
        </a>
        <a
          className="button"
          href={`${base}/export.csv`}
          download={`course-${course.id}.csv`}
          aria-label={words.exportLabel(words.exportCsv, name)}
        >
          {words.exportCsv}
        </a>
        <button
          type="button"
          aria-label={words.exportLabel(words.exportIcs, name)}
          onClick={() => void calendar()}
        >
          {words.exportIcs}
        </button>
      </div>
      {icsFailed && (
        <p className="field-error" role="alert">
          {words.icsFailed}
        </p>
      )}
      {step === "idle" ? (
        <button type="button" className="link-danger" onClick={() => setStep("confirm")}>
          {words.deleteLabel(name)}
        </button>
      ) : (
        <div className="confirm notice notice-danger">
          <p ref={question} tabIndex={-1}>
            {words.confirmDelete(name)}
          </p>
          {step === "failed" && (
            <p className="field-error" role="alert">
              {words.deleteFailed}
            </p>
          )}
          <div className="button-row">
            <button
              type="button"
              className="button-danger"
              disabled={step === "deleting"}
              onClick={() => void remove()}
            >
              {words.confirmDeleteYes}
            </button>
            <button type="button" onClick={() => setStep("idle")}>
              {words.cancel}
            </button>
          </div>
        </div>
      )}
    </li>
  );
}
