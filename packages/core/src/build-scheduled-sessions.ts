import { differenceInDays, toDayNumber, weekdayOf, type CalendarDate } from "./calendar-date.js";
import { buildAftercare, buildPrep, careRulesFor } from "./build-session-care.js";
import { explainRule } from "./cite.js";
import type { AreaDepth, ExplanationLine, ScheduledSession, TreatmentPlan } from "./plan-schema.js";
import type { PlanRequest } from "./request-schema.js";
import type { AftercareRule, RulePack } from "./rule-pack-schema.js";
import type { PlacedSession, ScheduleConstraints, ScheduleResult } from "./schedule-sessions.js";

/** How far past a target date the scheduler looks for an allowed day. */
const SCHEDULE_HORIZON_DAYS = 730;
const WEEKDAY_NAMES = {
  mon: "Monday",
  tue: "Tuesday",
  wed: "Wednesday",
  thu: "Thursday",
  fri: "Friday",
  sat: "Saturday",
  sun: "Sunday",
} as const;

/**
 * One session of a series on `date`: its spacing from the one before, its depth (the main area's
 * first), and its prep and aftercare dated from it.
 */
export function buildScheduledSession(
  pack: RulePack,
  care: ReturnType<typeof careRulesFor>,
  number: number,
  date: CalendarDate,
  previous: CalendarDate | undefined,
  byArea: readonly AreaDepth[],
): ScheduledSession {
  const main = byArea[0]?.depthMm;
  return {
    number,
    date,
    weekday: weekdayOf(date),
    daysSincePrevious: previous === undefined ? null : differenceInDays(date, previous),
    depthMm: main ? { ...main } : { min: pack.depth.floorMm, max: pack.depth.floorMm },
    depthByArea: [...byArea],
    prep: buildPrep(care.prep, date),
    aftercare: buildAftercare(care.aftercare, date),
  };
}

/** The interval window of a plan, in weeks. */
export interface IntervalWeeks {
  readonly min: number;
  readonly max: number;
  readonly recommended: number;
}

/** What the scheduler must respect for a request and pack, but the count and the first date. */
export function scheduleConstraintsFor(
  request: PlanRequest,
  pack: RulePack,
  interval: IntervalWeeks,
  minGapDays: number,
): Omit<ScheduleConstraints, "count" | "firstDate"> {
  const care = careRulesFor(pack, request.setting);
  return {
    intervalDays: {
      min: interval.min * 7,
      max: interval.max * 7,
      recommended: interval.recommended * 7,
    },
    minGapDays,
    weekdays: request.preferredWeekdays,
    blackouts: request.blackouts,
    sunDaysBefore: Math.max(
      0,
      ...care.prep.filter((rule) => rule.keepsOutOfSun).map((rule) => rule.daysBefore),
    ),
    sunDaysAfter: Math.max(
      0,
      ...care.aftercare.filter((rule) => rule.keepsOutOfSun).map((rule) => rule.toDay),
    ),
    horizonDays: SCHEDULE_HORIZON_DAYS,
  };
}

/** How placed sessions become the plan's sessions. */
export interface Placement {
  /** The number of the first placed session. */
  readonly firstNumber: number;
  /** The session done before the first placed one, if any. */
  readonly previous?: CalendarDate | undefined;
  /** The interval from the session before, by session number. */
  readonly intervalFor: (number: number) => IntervalWeeks;
  /** The depth per area, main area first, by session number. */
  readonly depthFor: (number: number) => AreaDepth[];
  /** Today, when known: prep that should already have started for the first placed session is flagged. */
  readonly today?: CalendarDate | undefined;
}

/**
 * The plan's sessions for what the scheduler placed, with dated prep and aftercare; adds to the plan the
 * explanation line of each placement and the warnings about it (stretched, early, sun, short notice).
 */
export function buildScheduledSessions(
  plan: TreatmentPlan,
  request: PlanRequest,
  pack: RulePack,
  result: ScheduleResult,
  placement: Placement,
): ScheduledSession[] {
  if (result.unplaced > 0) {
    plan.warnings.push({
      code: "schedule-incomplete",
      message: `No allowed day was found for ${result.unplaced} session${result.unplaced > 1 ? "s" : ""} within two years: loosen the preferred days or blackout periods.`,
    });
  }
  const care = careRulesFor(pack, request.setting);
  const sessions: ScheduledSession[] = [];
  let previous = placement.previous;
  result.sessions.forEach((placed, index) => {
    const number = placement.firstNumber + index;
    const byArea = placement.depthFor(number);
    sessions.push(buildScheduledSession(pack, care, number, placed.date, previous, byArea));
    const interval = placement.intervalFor(number);
    const weeks = interval.recommended;
    plan.explanation.push(explainPlacement(pack, number, placed, previous, weeks));
    if (placed.stretched)
      plan.warnings.push({
        code: "interval-stretched",
        session: number,
        message: `Session ${number} is more than ${interval.max} weeks after the one before: no allowed day was free inside the window.`,
      });
    if (placed.date < placed.target) {
      plan.warnings.push({
        code: "before-recommended",
        session: number,
        message: `Session ${number} is ${differenceInDays(placed.date, previous ?? placed.date)} days after the one before, sooner than the recommended ${weeks} weeks (still within the allowed window): expect more redness and a longer recovery, or choose a later day.`,
      });
    }
    warnSunAfter(plan, request, care.aftercare, number, placed.date);
    previous = placed.date;
  });
  const first = sessions[0];
  const today = placement.today;
  if (first && today !== undefined) {
    const late = first.prep.filter((step) => step.date < today).map((step) => step.code);
    if (late.length > 0) {
      plan.warnings.push({
        code: "prep-short-notice",
        session: first.number,
        message: `Session ${first.number} is soon: some preparation should already have started (${late.join(", ")}). If it has not, move the session later.`,
      });
    }
  }
  return sessions;
}

function explainPlacement(
  pack: RulePack,
  number: number,
  placed: PlacedSession,
  previous: CalendarDate | undefined,
  weeks: number,
): ExplanationLine {
  const basis =
    previous === undefined
      ? `the first allowed day from ${placed.target}`
      : `${differenceInDays(placed.date, previous)} days after session ${number - 1} (target ${weeks} weeks: ${placed.target})`;
  const moves = placed.reasons.map((r) =>
    r.reason === "weekday"
      ? "not a preferred day"
      : r.reason === "blackout"
        ? `blocked: ${r.blackout?.reason ?? "unavailable"} (${r.blackout?.from}–${r.blackout?.to})`
        : `kept clear of sun: ${r.blackout?.reason ?? "sun"} (${r.blackout?.from}–${r.blackout?.to}) would fall in the sun-free days around the session`,
  );
  return explainRule(
    pack,
    "schedule",
    "interval",
    pack.interval,
    `${describeDay(number, placed.date)}: ${basis}${moves.length > 0 ? `; moved because ${moves.join("; ")}` : ""}`,
  );
}

/** `Session 2 on Saturday 2027-02-20`. */
export function describeDay(number: number, date: CalendarDate): string {
  return `Session ${number} on ${WEEKDAY_NAMES[weekdayOf(date)]} ${date}`;
}

function warnSunAfter(
  plan: TreatmentPlan,
  request: PlanRequest,
  aftercare: readonly AftercareRule[],
  number: number,
  date: CalendarDate,
): void {
  const protect = aftercare.filter((rule) => rule.sunProtection);
  const day = toDayNumber(date);
  for (const period of request.blackouts) {
    if (!period.sun) continue;
    const from = toDayNumber(period.from);
    const to = toDayNumber(period.to);
    const hit = protect.some((rule) => day + rule.fromDay <= to && day + rule.toDay >= from);
    if (hit)
      plan.warnings.push({
        code: "sun-after-session",
        session: number,
        message: `${period.reason ? period.reason.charAt(0).toUpperCase() + period.reason.slice(1) : "A sunny period"} (${period.from}–${period.to}) falls in the 2 weeks of daily SPF 30+ after session ${number}: protect the skin strictly.`,
      });
  }
}
