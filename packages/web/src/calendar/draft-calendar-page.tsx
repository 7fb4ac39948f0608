import { buildCalendar, todayInZone } from "@mnplan/core";
import { completeDraft, hasAnswers, useDraft, useDraftPlan } from "../lib/draft";
import { StartLink } from "../lib/start-link";
import type { PageProps } from "../shell/routes";
import { t } from "../strings";
import "./calendar.css";
import { CalendarViews } from "./calendar-views";
import { labelFor } from "../plan/plan-actions";
import { FollowPlan } from "./follow-plan";
import { IcsDownload } from "./ics-download";
import { NoDates, Notice, PlanIntro } from "./plan-intro";

/** The draft plan's calendar: month and list views, a calendar file, and the way to subscribe. */
export default function DraftCalendarPage(_props: PageProps) {
  const [draft] = useDraft();
  const result = useDraftPlan(draft.request);
  if (!result.ok)
    return (
      <>
        <h1>{t.calendar.title}</h1>
        <Notice title={t.calendar.noDraft.title}>
          <p>{t.calendar.noDraft.body}</p>
          <StartLink
            started={hasAnswers(draft.request)}
            start={t.calendar.noDraft.start}
            resume={t.calendar.noDraft.continue}
          />
        </Notice>
      </>
    );
  const plan = result.value;
  const first = plan.schedule[0];
  if (!first)
    return (
      <>
        <PlanIntro title={t.calendar.title} plan={plan} />
        <NoDates to="/plan" link={t.calendar.noDates.plan} />
      </>
    );
  const now = Date.now();
  return (
    <>
      <PlanIntro title={t.calendar.title} plan={plan} />
      <CalendarViews plan={plan} today={todayInZone(now, plan.timeZone)} />
      <IcsDownload
        build={() =>
          buildCalendar(plan, {
            generatedAt: Date.now(),
            calendarName: t.calendar.download.calendarName,
          })
        }
      />
      <FollowPlan
        request={completeDraft(draft.request, now)}
        label={labelFor(plan, draft.request)}
      />
    </>
  );
}
