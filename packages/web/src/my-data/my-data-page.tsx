import { useFollowedCourses } from "../lib/courses";
import { hasAnswers, useDraft } from "../lib/draft";
import type { PageProps } from "../shell/routes";
import { t } from "../strings";
import { CourseDataCard } from "./course-data-card";
import { DeleteEverythingSection } from "./delete-everything-section";
import { ExportEverythingSection } from "./export-everything-section";
import "./my-data.css";

const words = t.myData;

/** My data: each course's exports, export everything, delete a course or everything. */
export default function MyDataPage(_props: PageProps) {
  const courses = useFollowedCourses();
  const [draft] = useDraft();
  const answered = hasAnswers(draft.request);
  return (
    <div className="my-data">
      <h1>{words.title}</h1>
      <p className="lead">{words.lead}</p>
      <section aria-labelledby="courses-heading" className="data-section">
        <h2 id="courses-heading">{words.courses.heading}</h2>
        {courses.length === 0 ? (
          <p>{words.courses.none}</p>
        ) : (
          <ul className="data-courses">
            {courses.map((course) => (
              <CourseDataCard key={course.id} course={course} />
            ))}
          </ul>
        )}
        <h3>{words.answers.heading}</h3>
        <p>{answered ? words.answers.some : words.answers.none}</p>
      </section>
      <ExportEverythingSection courses={courses} draft={draft} />
      <DeleteEverythingSection courses={courses} />
    </div>
  );
}
