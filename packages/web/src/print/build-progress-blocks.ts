// A course's progress in a few lines: sessions done, the latest check-in, the latest rating of
// each concern, and what the last change to the plan was.
import type {
  CheckIn,
  CourseState,
  PerformedSession,
  PlanChange,
  ProgressRating,
  TreatmentPlan,
} from "@mnplan/core";
import { formatDatesIn } from "../journal/format-dates-in";
import { formatDate } from "../lib/format-date";
import { t } from "../strings";
import type { PrintBlock } from "./print-block";

export interface ProgressSummary {
  readonly state: CourseState;
  readonly sessions: readonly PerformedSession[];
  readonly latestCheckIn: CheckIn | undefined;
  readonly latestRatings: readonly ProgressRating[];
  readonly changes: readonly PlanChange[];
}

type Dated = { readonly date: string; readonly recordedAt: string };
const isLater = (a: Dated, b: Dated) =>
  a.date > b.date || (a.date === b.date && a.recordedAt > b.recordedAt);

/** The record of the latest day (the last one recorded when a day has several). */
export function findLatest<T extends Dated>(items: readonly T[]): T | undefined {
  let latest: T | undefined;
  for (const item of items) if (!latest || isLater(item, latest)) latest = item;
  return latest;
}

/** Sums up a course's journal for the printed summary. */
export function summariseProgress(input: {
  readonly state: CourseState;
  readonly changes: readonly PlanChange[];
  readonly sessions: readonly PerformedSession[];
  readonly checkIns: readonly CheckIn[];
  readonly ratings: readonly ProgressRating[];
}): ProgressSummary {
  const byConcern = new Map<string, ProgressRating[]>();
  for (const rating of input.ratings)
    byConcern.set(rating.concern, [...(byConcern.get(rating.concern) ?? []), rating]);
  const latestRatings = [...byConcern.values()].flatMap((list) => findLatest(list) ?? []);
  return {
    state: input.state,
    sessions: [...input.sessions].sort((a, b) => a.date.localeCompare(b.date)),
    latestCheckIn: findLatest(input.checkIns),
    latestRatings,
    changes: input.changes,
  };
}

const words = t.print.progress;
const SCORES = ["redness", "swelling", "pain", "flaking"] as const;

function checkInBlocks(checkIn: CheckIn | undefined): PrintBlock[] {
  if (!checkIn) return [{ kind: "paragraph", text: words.noCheckIn }];
  const out: PrintBlock[] = [
    { kind: "subheading", text: words.latestCheckIn(formatDate(checkIn.date)) },
    ...SCORES.map((score) => ({
      kind: "bullet" as const,
      text: words.score(t.progress.scores[score], checkIn[score]),
    })),
  ];
  const signs = checkIn.warningSigns ?? [];
  if (signs.length > 0)
    out.push({
      kind: "lead",
      text: words.warningSigns(signs.map((s) => t.progress.warningSigns[s]).join(", ")),
    });
  return out;
}

/** The progress section of a printed course. */
export function buildProgressBlocks(summary: ProgressSummary, plan: TreatmentPlan): PrintBlock[] {
  const dates = summary.sessions.map((s) => formatDate(s.date)).join(", ");
  const out: PrintBlock[] = [
    { kind: "heading", text: words.heading },
    { kind: "lead", text: words.state[summary.state] },
    { kind: "paragraph", text: words.sessionsDone(summary.sessions.length, plan.schedule.length) },
    { kind: "paragraph", text: dates ? words.doneOn(dates) : words.noSessions },
    ...checkInBlocks(summary.latestCheckIn),
    { kind: "subheading", text: words.ratings },
  ];
  if (summary.latestRatings.length === 0) out.push({ kind: "paragraph", text: words.noRatings });
  for (const rating of summary.latestRatings)
    out.push({
      kind: "bullet",
      text: words.rating(
        t.progress.concerns[rating.concern],
        rating.score,
        formatDate(rating.date),
      ),
    });
  if (summary.changes.length > 0) {
    out.push({ kind: "subheading", text: words.changes });
    for (const change of summary.changes)
      out.push({ kind: "bullet", text: formatDatesIn(change.message) });
  }
  return out;
}
