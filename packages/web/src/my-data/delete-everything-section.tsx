import { useEffect, useRef, useState } from "react";
import type { FollowedCourse } from "../lib/courses";
import { t } from "../strings";
import { courseName } from "./course-data-card";
import { deleteEverything } from "./delete-everything";

const words = t.myData.deleteAll;
type Step = { kind: "idle" | "confirm" | "working" | "done" } | { kind: "partly"; failed: number };

/** Delete everything: says exactly what goes, asks, then deletes and says that it is done. */
export function DeleteEverythingSection({ courses }: { courses: readonly FollowedCourse[] }) {
  const [step, setStep] = useState<Step>({ kind: "idle" });
  const heading = useRef<HTMLHeadingElement>(null);
  const result = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (step.kind === "confirm") heading.current?.focus();
    if (step.kind === "done" || step.kind === "partly") result.current?.focus();
  }, [step.kind]);

  const run = async () => {
    setStep({ kind: "working" });
    const failed = await deleteEverything(courses);
    setStep(failed.length === 0 ? { kind: "done" } : { kind: "partly", failed: failed.length });
  };

  return (
    <section aria-labelledby="delete-all-heading" className="data-section">
      <h2 id="delete-all-heading">{words.heading}</h2>
      <p>{words.body}</p>
      {(step.kind === "idle" || step.kind === "partly") && (
        <button
          type="button"
          className="button-danger"
          onClick={() => setStep({ kind: "confirm" })}
        >
          {words.button}
        </button>
      )}
      {(step.kind === "confirm" || step.kind === "working") && (
        <div className="notice notice-danger confirm-all">
          <h3 ref={heading} tabIndex={-1}>
            {words.confirmHeading}
          </h3>
          <p>{words.confirmIntro}</p>
          <ul>
            <li>
              {words.courses(courses.length)}
              {courses.length > 0 && (
                <ul>
                  {courses.map((course) => (
                    <li key={course.id}>{courseName(course)}</li>
                  ))}
                </ul>
              )}
            </li>
            {courses.length > 0 && <li>{words.feeds}</li>}
            <li>{words.answers}</li>
          </ul>
          <p>
            <strong>{words.warning}</strong>
          </p>
          <div className="button-row">
            <button
              type="button"
              className="button-danger"
              disabled={step.kind === "working"}
              onClick={() => void run()}
            >
              {step.kind === "working" ? words.working : words.confirm}
            </button>
            <button
              type="button"
              disabled={step.kind === "working"}
              onClick={() => setStep({ kind: "idle" })}
            >
              {words.cancel}
            </button>
          </div>
        </div>
      )}
      {step.kind === "done" && (
        <p ref={result} tabIndex={-1} role="status" className="notice notice-ok">
          {words.done}
        </p>
      )}
      {step.kind === "partly" && (
        <p ref={result} tabIndex={-1} role="status" className="notice notice-caution">
          {words.partly(step.failed)}
        </p>
      )}
    </section>
  );
}
