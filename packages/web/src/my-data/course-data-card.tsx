import { useState } from "react";
import { ConfirmDelete, useConfirmDelete } from "../lib/confirm-delete";
import type { FollowedCourse } from "../lib/courses";
import { formatDate } from "../lib/format-date";
import { Link } from "../lib/router";
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
  const deletion = useConfirmDelete(() => deleteCourse(course.id));
  const [icsFailed, setIcsFailed] = useState(false);
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
      {deletion.step === "idle" ? (
        <button type="button" className="link-danger" onClick={deletion.ask}>
          {words.deleteLabel(name)}
        </button>
      ) : (
        <ConfirmDelete
          {...deletion}
          className="confirm notice notice-danger"
          focus="question"
          question={words.confirmDelete(name)}
          failed={words.deleteFailed}
          yes={words.confirmDeleteYes}
          no={words.cancel}
        />
      )}
    </li>
  );
}
