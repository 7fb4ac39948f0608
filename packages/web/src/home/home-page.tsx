import { hasAnswers, useDraft } from "../lib/draft";
import { useFollowedCourses } from "../lib/courses";
import { Link } from "../lib/router";
import { StartLink } from "../lib/start-link";
import { t } from "../strings";

/** The landing page: what the planner does, and the way in. */
export function HomePage() {
  const [draft] = useDraft();
  const courses = useFollowedCourses();
  return (
    <section className="home">
      <h1>{t.home.title}</h1>
      <p className="lead">{t.home.lead}</p>
      <StartLink started={hasAnswers(draft.request)} start={t.home.start} resume={t.home.resume} />
      <ul className="points">
        {t.home.points.map((point) => (
          <li key={point}>{point}</li>
        ))}
      </ul>
      {courses.length > 0 && (
        <section aria-labelledby="courses-title">
          <h2 id="courses-title">{t.home.coursesTitle}</h2>
          <ul>
            {courses.map((course) => (
              <li key={course.id}>
                <Link to={`/course/${encodeURIComponent(course.id)}`}>
                  {t.home.openCourse(course.label)}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
