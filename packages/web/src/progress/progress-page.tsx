import type { CheckIn, Course, PerformedSession, Photo, ProgressRating } from "@mnplan/core";
import { CourseFrame } from "../shell/course-frame";
import type { PageProps } from "../shell/routes";
import { t } from "../strings";
import { PhotoCompare } from "./photo-compare";
import { PhotoList } from "./photo-list";
import { PhotoUploadForm } from "./photo-upload-form";
import { ProgressCharts } from "./progress-charts";
import { listPath, useList } from "./use-list";
import "./progress.css";

const words = t.progress;

function Charts({ course }: { course: Course }) {
  const sessions = useList<PerformedSession>(listPath(course.id, "sessions")).load;
  const checkIns = useList<CheckIn>(listPath(course.id, "check-ins")).load;
  const ratings = useList<ProgressRating>(listPath(course.id, "ratings")).load;
  const loads = [sessions, checkIns, ratings];
  if (loads.some((l) => l.status === "failed"))
    return (
      <p className="notice notice-caution" role="alert">
        {words.loadFailed}
      </p>
    );
  if (sessions.status !== "ready" || checkIns.status !== "ready" || ratings.status !== "ready")
    return <p className="loading">{t.common.loading}</p>;
  return (
    <ProgressCharts
      courseId={course.id}
      sessions={sessions.items}
      checkIns={checkIns.items}
      ratings={ratings.items}
    />
  );
}

function Photos({ course }: { course: Course }) {
  const { load, update } = useList<Photo>(listPath(course.id, "photos"));
  const photos = load.status === "ready" ? load.items : [];
  return (
    <>
      {load.status === "ready" && <PhotoCompare courseId={course.id} photos={photos} />}
      <PhotoUploadForm
        course={course}
        photos={photos}
        onSaved={(photo) => update((items) => [...items, photo])}
      />
      <section aria-labelledby="photos-heading" className="photos">
        <h2 id="photos-heading">{words.photos.heading}</h2>
        {load.status === "failed" && (
          <p className="notice notice-caution" role="alert">
            {words.photos.loadFailed}
          </p>
        )}
        {load.status === "loading" && <p className="loading">{t.common.loading}</p>}
        {load.status === "ready" && (
          <PhotoList
            courseId={course.id}
            photos={photos}
            onDeleted={(id) => update((items) => items.filter((p) => p.id !== id))}
          />
        )}
      </section>
    </>
  );
}

/** A course's progress: charts of check-ins and ratings, and its photos. */
export default function ProgressPage({ params }: PageProps) {
  return (
    <CourseFrame id={params.id ?? ""}>
      {(course) => (
        <div className="progress-page">
          <h1>{words.title}</h1>
          {course.label && <p className="course-label">{course.label}</p>}
          <p className="lead">{words.lead}</p>
          <Charts course={course} />
          <Photos course={course} />
        </div>
      )}
    </CourseFrame>
  );
}
