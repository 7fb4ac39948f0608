// `/course/:id/log`: log a session, a daily check-in or a progress rating; each shows what it
// changed in the plan, and a warning sign turns the page into a "see a professional" state.
import { todayInZone, type Course } from "@mnplan/core";
import { useState } from "react";
import { CourseFrame } from "../shell/course-frame";
import type { PageProps } from "../shell/routes";
import { t } from "../strings";
import { CheckInForm } from "./check-in-form";
import { CourseStateNotice } from "./course-state-notice";
import { JournalTabs } from "./journal-tabs";
import { RatingForm } from "./rating-form";
import { SessionForm } from "./session-form";
import { findNextPlanned } from "./session-defaults";
import "./journal.css";

const FORMS = ["session", "check-in", "rating"] as const;
type Form = (typeof FORMS)[number];

/**
 * The form asked for in the address (`?form=`), else a session before the first one or when one is
 * due, else a check-in.
 */
function firstForm(course: Course, today: string): Form {
  const asked = new URLSearchParams(window.location.search).get("form");
  if ((FORMS as readonly (string | null)[]).includes(asked)) return asked as Form;
  const next = findNextPlanned(course);
  const started = course.current.plan.schedule.some((session) => session.state === "done");
  const due = course.current.state === "active" && next !== undefined && next.date <= today;
  return due || !started ? "session" : "check-in";
}

function LogForms({ course, reload }: { course: Course; reload: () => void }) {
  const [today] = useState(() => todayInZone(Date.now(), course.request.timeZone));
  const [form, setForm] = useState<Form>(() => firstForm(course, today));
  const choose = (next: Form) => {
    setForm(next);
    const url = new URL(window.location.href);
    url.searchParams.set("form", next);
    window.history.replaceState(window.history.state, "", url);
  };
  const props = { course, today, onSaved: reload };
  const words = t.journal.log;
  return (
    <>
      <h1>{words.title}</h1>
      <CourseStateNotice course={course} />
      <p className="lead">{words.lead}</p>
      <JournalTabs<Form>
        label={words.tabsLabel}
        selected={form}
        onSelect={choose}
        tabs={[
          { key: "session", label: words.tabs.session, panel: <SessionForm {...props} /> },
          { key: "check-in", label: words.tabs.checkIn, panel: <CheckInForm {...props} /> },
          { key: "rating", label: words.tabs.rating, panel: <RatingForm {...props} /> },
        ]}
      />
    </>
  );
}

export default function LogPage({ params }: PageProps) {
  const id = params.id ?? "";
  return (
    <CourseFrame id={id}>
      {(course, reload) => <LogForms course={course} reload={reload} />}
    </CourseFrame>
  );
}
