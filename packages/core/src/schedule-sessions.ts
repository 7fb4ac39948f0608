import {
  fromDayNumber,
  toDayNumber,
  weekdayOfDayNumber,
  type CalendarDate,
  type Weekday,
} from "./calendar-date.js";

/** A period with no sessions; `sun` periods also keep the sun-sensitive days around a session out. */
export interface Blackout {
  readonly from: CalendarDate;
  readonly to: CalendarDate;
  readonly reason?: string | undefined;
  readonly sun?: boolean | undefined;
}

/** What the scheduler must respect. Every number comes from the plan's rules; none is chosen here. */
export interface ScheduleConstraints {
  readonly count: number;
  /** The first day a session may fall on. */
  readonly firstDate: CalendarDate;
  readonly intervalDays: {
    readonly min: number;
    readonly max: number;
    readonly recommended: number;
  };
  /** Never less than this between sessions (the window minimum, and 28 days at 0.5 mm or deeper). */
  readonly minGapDays: number;
  /** Empty means any day. */
  readonly weekdays: readonly Weekday[];
  readonly blackouts: readonly Blackout[];
  /** Days before a session that must be out of the sun (no tanning), and days after it (strict avoidance). */
  readonly sunDaysBefore: number;
  readonly sunDaysAfter: number;
  /** How far past the target date to look before giving up. */
  readonly horizonDays: number;
  /** A session already done: the first placed one keeps the interval from it, and none falls before `firstDate`. */
  readonly previous?: CalendarDate | undefined;
  /** The interval after `previous` when it differs from `intervalDays` (a lengthened next interval). */
  readonly firstIntervalDays?: ScheduleConstraints["intervalDays"] | undefined;
}

/** Why a session is not on its target day. */
export type MoveReason = "weekday" | "blackout" | "sun";

export interface PlacedSession {
  readonly date: CalendarDate;
  readonly target: CalendarDate;
  /** Reasons the days between target and date (or the target itself) were refused, first found first. */
  readonly reasons: readonly { reason: MoveReason; blackout?: Blackout }[];
  /** True when no allowed day was found inside the interval window and the session went past it. */
  readonly stretched: boolean;
}

export interface ScheduleResult {
  readonly sessions: readonly PlacedSession[];
  /** How many sessions could not be placed within the horizon. */
  readonly unplaced: number;
}

interface DayBlackout {
  readonly from: number;
  readonly to: number;
  readonly source: Blackout;
}

function refusal(
  day: number,
  c: ScheduleConstraints,
  periods: readonly DayBlackout[],
): { reason: MoveReason; blackout?: Blackout } | undefined {
  if (c.weekdays.length > 0 && !c.weekdays.includes(weekdayOfDayNumber(day)))
    return { reason: "weekday" };
  for (const period of periods) {
    if (day >= period.from && day <= period.to)
      return { reason: "blackout", blackout: period.source };
    if (
      period.source.sun &&
      day - c.sunDaysBefore <= period.to &&
      day + c.sunDaysAfter >= period.from
    ) {
      return { reason: "sun", blackout: period.source };
    }
  }
  return undefined;
}

/**
 * Places a series of sessions: the first on or after `firstDate`, each next one nearest after its target
 * (previous + recommended interval) inside the window, else the nearest before it but never under the
 * minimum gap, else past the window (flagged). Never two sessions closer than `minGapDays`. With `previous`, the
 * first one follows that session the same way (by `firstIntervalDays` when given), never before `firstDate`.
 * @example scheduleSessions({ count: 3, firstDate: "2027-01-04", intervalDays: { min: 28, max: 42, recommended: 42 }, minGapDays: 28, weekdays: ["sat"], blackouts: [], sunDaysBefore: 14, sunDaysAfter: 3, horizonDays: 730 })
 */
export function scheduleSessions(c: ScheduleConstraints): ScheduleResult {
  const periods = c.blackouts.map((b) => ({
    from: toDayNumber(b.from),
    to: toDayNumber(b.to),
    source: b,
  }));
  const floor = toDayNumber(c.firstDate);
  const sessions: PlacedSession[] = [];
  let previous = c.previous === undefined ? undefined : toDayNumber(c.previous);
  for (let index = 0; index < c.count; index++) {
    const interval =
      index === 0 && c.firstIntervalDays !== undefined ? c.firstIntervalDays : c.intervalDays;
    const minGap = Math.max(c.minGapDays, c.intervalDays.min, interval.min);
    // Never before `firstDate`; after a session, never under the minimum gap.
    const lowest = previous === undefined ? floor : Math.max(previous + minGap, floor);
    const target =
      previous === undefined ? floor : Math.max(previous + interval.recommended, lowest);
    const windowEnd =
      previous === undefined ? target + c.horizonDays : previous + Math.max(interval.max, minGap);
    const reasons: { reason: MoveReason; blackout?: Blackout }[] = [];
    const note = (day: number): boolean => {
      const why = refusal(day, c, periods);
      if (!why) return true;
      if (!reasons.some((r) => r.reason === why.reason && r.blackout === why.blackout))
        reasons.push(why);
      return false;
    };
    let chosen: number | undefined;
    for (let day = target; day <= windowEnd && chosen === undefined; day++)
      if (note(day)) chosen = day;
    if (chosen === undefined && previous !== undefined) {
      for (let day = target - 1; day >= lowest && chosen === undefined; day--)
        if (note(day)) chosen = day;
    }
    let stretched = false;
    if (chosen === undefined && previous !== undefined) {
      const from = Math.max(windowEnd + 1, target);
      for (let day = from; day <= target + c.horizonDays && chosen === undefined; day++)
        if (note(day)) chosen = day;
      // Past a window that `firstDate` left open; a window wholly before it is late, not stretched.
      stretched = chosen !== undefined && windowEnd >= lowest;
    }
    if (chosen === undefined) return { sessions, unplaced: c.count - index };
    sessions.push({
      date: fromDayNumber(chosen),
      target: fromDayNumber(target),
      reasons: chosen === target ? [] : reasons,
      stretched,
    });
    previous = chosen;
  }
  return { sessions, unplaced: 0 };
}
