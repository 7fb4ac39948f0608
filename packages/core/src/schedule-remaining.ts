import { maxDate, type CalendarDate } from "./calendar-date.js";
import {
  buildScheduledSessions,
  scheduleConstraintsFor,
  type IntervalWeeks,
} from "./build-scheduled-sessions.js";
import { lowerDepth } from "./choose-depth.js";
import type { AreaDepth, ScheduledSession, TreatmentPlan } from "./plan-schema.js";
import type { PlanRequest } from "./request-schema.js";
import type { RulePack } from "./rule-pack-schema.js";
import { scheduleSessions } from "./schedule-sessions.js";

/** What re-planning the rest of a series needs. */
export interface RemainingInput {
  readonly request: PlanRequest;
  readonly pack: RulePack;
  /** The plan as first made: its dates are what the rest was due on before any session was done. */
  readonly original: TreatmentPlan;
  readonly interval: IntervalWeeks;
  readonly minGap: number;
  /** Sessions done, and the date of the last one. */
  readonly done: number;
  readonly last: CalendarDate | undefined;
  /** Sessions still to place. */
  readonly count: number;
  readonly today: CalendarDate;
  /** After a strong or slow reaction: weeks added to the next interval, depth steps off the next session. */
  readonly lengthenWeeks: number;
  readonly depthStepsDown: number;
}

/** The rest of the series, placed, and the sessions whose date passed without being done. */
export interface Remaining {
  readonly sessions: ScheduledSession[];
  readonly missed: readonly { readonly number: number; readonly due: CalendarDate }[];
  /** The interval before the next session (lengthened after a reaction). */
  readonly nextInterval: IntervalWeeks;
}

/**
 * Places the sessions still to do after the last one done (or from the start when none was), never before
 * today, with the scheduler and the care builders the plan was made with; adds their explanation lines and
 * warnings to `plan`. A session whose date, counted from what was done, is before today was missed.
 */
export function scheduleRemaining(plan: TreatmentPlan, input: RemainingInput): Remaining {
  const { request, pack, original, interval, done, last, count, today } = input;
  const lengthened = interval.recommended + input.lengthenWeeks;
  const nextInterval: IntervalWeeks =
    input.lengthenWeeks > 0
      ? { min: interval.min, max: Math.max(interval.max, lengthened), recommended: lengthened }
      : interval;
  const constraints = {
    ...scheduleConstraintsFor(request, pack, interval, input.minGap),
    count,
    previous: last,
    firstIntervalDays:
      input.lengthenWeeks > 0
        ? {
            min: nextInterval.min * 7,
            max: nextInterval.max * 7,
            recommended: nextInterval.recommended * 7,
          }
        : undefined,
  };
  const due =
    last === undefined
      ? original.schedule.map((session) => session.date)
      : scheduleSessions({ ...constraints, firstDate: last }).sessions.map(({ date }) => date);
  const missed = due.flatMap((date, index) =>
    date < today ? [{ number: done + 1 + index, due: date }] : [],
  );
  const start = last ?? original.earliestStart ?? original.startDate;
  const placed = scheduleSessions({ ...constraints, firstDate: maxDate(today, start) });
  const sessions = buildScheduledSessions(plan, request, pack, placed, {
    firstNumber: done + 1,
    previous: last,
    intervalFor: (number) => (number === done + 1 ? nextInterval : interval),
    depthFor: (number) =>
      depthOf(original, pack, number, number === done + 1 ? input.depthStepsDown : 0),
    today,
  });
  return {
    sessions: sessions.map((session) => ({ ...session, state: "planned" })),
    missed,
    nextInterval,
  };
}

/** A session's depth per area as first planned (the last planned one's past the original count), lowered by `steps`. */
export function depthOf(
  original: TreatmentPlan,
  pack: RulePack,
  number: number,
  steps: number,
): AreaDepth[] {
  const planned = original.schedule[number - 1] ?? original.schedule.at(-1);
  return (planned?.depthByArea ?? []).map((area) => ({
    ...area,
    depthMm: { ...lowerDepth(area.depthMm, steps, pack) },
  }));
}
