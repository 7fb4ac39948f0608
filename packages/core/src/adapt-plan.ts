import type { CalendarDate } from "./calendar-date.js";
import { describeMinSpacing } from "./build-plan.js";
import { buildScheduledSession, describeDay } from "./build-scheduled-sessions.js";
import { buildMilestones, careRulesFor } from "./build-session-care.js";
import { chooseSeriesLength, type SeriesLength } from "./choose-series-length.js";
import { explainRule } from "./cite.js";
import type { CourseState, PlanChange } from "./course.js";
import { describeAdaptations } from "./describe-adaptations.js";
import { findReaction, findWarningSigns } from "./find-reaction.js";
import type { CheckInInput, PerformedSessionInput, ProgressRatingInput } from "./journal-schema.js";
import type { ScheduledSession, TreatmentPlan } from "./plan-schema.js";
import type { PlanRequest } from "./request-schema.js";
import type { RulePack } from "./rule-pack-schema.js";
import { depthOf, scheduleRemaining, type Remaining } from "./schedule-remaining.js";
import { HOME_MAX_MM, MIN_DAYS_BETWEEN_DEEP_SESSIONS } from "./validate-rule-pack.js";

/** What `adaptPlan` works from: the course's request, pack and first plan, and its journal in any order. */
export interface AdaptInput {
  readonly request: PlanRequest;
  readonly pack: RulePack;
  /** The plan as first made (revision 0). */
  readonly plan: TreatmentPlan;
  readonly sessions: readonly PerformedSessionInput[];
  readonly checkIns: readonly CheckInInput[];
  readonly ratings: readonly ProgressRatingInput[];
  readonly today: CalendarDate;
}

/** The revised plan, what changed from the plan as first made and why, and where the course stands. */
export interface AdaptedPlan {
  readonly plan: TreatmentPlan;
  readonly changes: PlanChange[];
  readonly state: CourseState;
}

/** Warnings about the placement of sessions: made again for the sessions still to come. */
const SCHEDULE_WARNINGS: ReadonlySet<string> = new Set([
  "interval-stretched",
  "before-recommended",
  "sun-after-session",
  "prep-short-notice",
  "schedule-incomplete",
]);

/**
 * The plan revised by what happened (product: Adapt): done sessions first, the rest re-planned from the
 * last one and never before today, within every rule the plan was made with (rules.md §3, §12). A strong
 * or slow reaction lengthens the next interval and lowers its depth; a warning sign pauses the course; a
 * missed session moves the rest; progress may end the series at its low end or extend it to the top.
 * Pure and deterministic; with nothing done, nothing reported and today not past the first session, the
 * plan comes back as made, with no changes.
 * @example adaptPlan({ request, pack: GUIDELINE_PACK, plan, sessions: [], checkIns: [], ratings: [], today: "2027-01-01" }).state === "active"
 */
export function adaptPlan(input: AdaptInput): AdaptedPlan {
  const { request, pack, plan: original, today } = input;
  const numbers = original.sessions;
  const interval = original.intervalWeeks;
  const planned = original.schedule[0];
  // Held back by screening: nothing to adapt until a professional has decided.
  if (!numbers || !interval || !planned || original.status === "contraindicated")
    return { plan: original, changes: [], state: "paused" };

  const sessions = chronological(input.sessions);
  const checkIns = chronological(input.checkIns);
  const last = sessions.at(-1);
  const signs = findWarningSigns(checkIns, last?.date);
  if (sessions.length === 0 && signs.length === 0 && planned.date >= today)
    return { plan: original, changes: [], state: "active" };

  const concerns = [...new Set(request.concerns.map((concern) => concern.concern))];
  const doneDates = sessions.map((session) => session.date);
  const rules = pack.adapt;
  const ratings = chronological(input.ratings);
  const length = chooseSeriesLength(rules, numbers, concerns, doneDates, ratings);
  const minGap = minSpacing(original, interval.min, sessions);
  const state: CourseState =
    signs.length > 0 ? "paused" : sessions.length >= length.total ? "complete" : "active";
  const revised = startRevision(original, length, minGap);
  const done = doneSessions(revised, input, sessions);
  const reaction =
    state === "active" && last ? findReaction(rules.slowReaction, last.date, checkIns) : [];
  let remaining: Remaining | undefined;
  if (state === "active") {
    const lengthen = reaction.length > 0;
    remaining = scheduleRemaining(revised, {
      request,
      pack,
      original,
      interval,
      minGap,
      done: sessions.length,
      last: last?.date,
      count: length.total - sessions.length,
      today,
      lengthenWeeks: lengthen ? rules.slowReaction.addWeeks : 0,
      depthStepsDown: lengthen ? rules.slowReaction.depthStepsDown : 0,
    });
  }
  const report = describeAdaptations({
    pack,
    original,
    done: doneDates,
    minGap,
    signs,
    state,
    length,
    reaction,
    remaining,
  });
  revised.schedule = [...done, ...(remaining?.sessions ?? [])];
  revised.explanation.push(...report.lines);
  revised.warnings.push(...report.warnings);
  revised.milestones = buildMilestones(
    pack.milestones,
    revised.schedule[0]?.date,
    revised.schedule.at(-1)?.date,
  );
  return { plan: revised, changes: report.changes, state };
}

/** The plan as first made with the new count and spacing, without its schedule lines and warnings. */
function startRevision(
  original: TreatmentPlan,
  length: SeriesLength,
  minGap: number,
): TreatmentPlan {
  const raised = minGap > (original.minDaysBetweenSessions ?? 0);
  return {
    ...original,
    sessions: original.sessions && {
      ...original.sessions,
      recommended: length.total,
      reassessAfterSeries: original.sessions.reassessAfterSeries || length.progress === "slow",
    },
    minDaysBetweenSessions: minGap,
    schedule: [],
    explanation: original.explanation
      .filter((line) => line.topic !== "schedule")
      .map((line) =>
        raised && line.rule === "safety.min-spacing"
          ? {
              ...line,
              effect: describeMinSpacing(minGap, "a session was done at"),
            }
          : line,
      ),
    warnings: original.warnings.filter((warning) => !SCHEDULE_WARNINGS.has(warning.code)),
  };
}

/** The fewest days between sessions: the plan's, and 28 when any planned or used depth reaches 0.5 mm (§12.2). */
function minSpacing(
  original: TreatmentPlan,
  windowMinWeeks: number,
  sessions: readonly PerformedSessionInput[],
): number {
  const deep =
    original.schedule.some((s) => s.depthByArea.some((a) => a.depthMm.max >= HOME_MAX_MM)) ||
    sessions.some((s) => s.depthByArea.some((a) => a.depthMm >= HOME_MAX_MM));
  return Math.max(
    original.minDaysBetweenSessions ?? 0,
    windowMinWeeks * 7,
    deep ? MIN_DAYS_BETWEEN_DEEP_SESSIONS : 0,
  );
}

/** The done sessions as the series' first entries: the depth planned for each, and the depth used. */
function doneSessions(
  plan: TreatmentPlan,
  input: AdaptInput,
  sessions: readonly PerformedSessionInput[],
): ScheduledSession[] {
  const { request, pack, plan: original } = input;
  const care = careRulesFor(pack, request.setting);
  return sessions.map((session, index) => {
    const number = index + 1;
    const previous = sessions[index - 1]?.date;
    const byArea = depthOf(original, pack, number, 0);
    const planned = original.schedule[index]?.date;
    plan.explanation.push(
      explainRule(
        pack,
        "schedule",
        "interval",
        pack.interval,
        `${describeDay(number, session.date)}: done${planned !== undefined && planned !== session.date ? ` (planned for ${planned})` : ""}`,
      ),
    );
    return {
      ...buildScheduledSession(pack, care, number, session.date, previous, byArea),
      state: "done",
      performedDepthByArea: session.depthByArea.map(({ area, depthMm }) => ({ area, depthMm })),
    };
  });
}

/** Oldest first; records of one day by when they were recorded, then by their content: any input order gives one order. */
function chronological<T extends { readonly date: CalendarDate }>(records: readonly T[]): T[] {
  const key = (record: T): string => {
    const recordedAt = (record as { recordedAt?: unknown }).recordedAt;
    return `${typeof recordedAt === "string" ? recordedAt : ""}\u0000${JSON.stringify(record)}`;
  };
  return records
    .map((record) => ({ record, key: key(record) }))
    .sort((a, b) =>
      a.record.date !== b.record.date
        ? a.record.date < b.record.date
          ? -1
          : 1
        : a.key < b.key
          ? -1
          : a.key > b.key
            ? 1
            : 0,
    )
    .map(({ record }) => record);
}
