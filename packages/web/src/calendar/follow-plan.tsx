import { useState } from "react";
import type { DraftRequest } from "../lib/draft";
import { startCourse } from "../lib/courses";
import { navigate } from "../lib/router";
import { t } from "../strings";
import { describeError } from "./describe-error";

const words = t.calendar.follow;

/** For a draft plan: subscribing needs a followed course, so offer to start one and go to its calendar. */
export function FollowPlan({ request, label }: { request: DraftRequest; label: string }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState("");
  const follow = async () => {
    setBusy(true);
    setError("");
    try {
      const course = await startCourse(request, label);
      navigate(`/course/${encodeURIComponent(course.id)}/calendar`);
    } catch (failure) {
      setError(`${words.failed} ${describeError(failure)}`);
      setBusy(false);
    }
  };
  return (
    <section className="card subscribe" aria-labelledby="follow-title">
      <h2 id="follow-title">{words.title}</h2>
      <p>{words.body}</p>
      <button
        type="button"
        className="button-primary"
        aria-disabled={busy}
        onClick={() => {
          if (!busy) void follow();
        }}
      >
        {busy ? words.busy : words.button}
      </button>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
