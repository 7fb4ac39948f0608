import { differenceInDays, type CalendarDate } from "./calendar-date.js";
import type { CheckInInput, WarningSign } from "./journal-schema.js";
import type { AdaptRules, ReactionTrigger } from "./rule-pack-schema.js";

/** One trigger of a strong or slow reaction, as first seen in a check-in. */
export interface ReactionSign {
  readonly trigger: ReactionTrigger;
  readonly date: CalendarDate;
  /** Days after the session (the session day is day 0). */
  readonly day: number;
  readonly score: number;
}

/**
 * The signs of a strong or slow reaction to the session on `sessionDate` in the check-ins on or after it,
 * one per trigger of the pack that fired, in the pack's order; empty when the skin settled as expected.
 * @example findReaction(GUIDELINE_PACK.adapt.slowReaction, "2027-01-04", [{ date: "2027-01-09", redness: 1, swelling: 0, pain: 0, flaking: 0 }])[0]?.day === 5
 */
export function findReaction(
  rules: AdaptRules["slowReaction"],
  sessionDate: CalendarDate,
  checkIns: readonly CheckInInput[],
): ReactionSign[] {
  const signs: ReactionSign[] = [];
  for (const trigger of rules.triggers) {
    for (const checkIn of checkIns) {
      const day = differenceInDays(checkIn.date, sessionDate);
      const score = checkIn[trigger.score];
      const inSpan =
        day >= trigger.fromDay && (trigger.toDay === undefined || day <= trigger.toDay);
      if (inSpan && score >= trigger.atLeast) {
        signs.push({ trigger, date: checkIn.date, day, score });
        break;
      }
    }
  }
  return signs;
}

/** A check-in that reported warning signs (rules.md §9). */
export interface WarningSignReport {
  readonly date: CalendarDate;
  readonly signs: readonly WarningSign[];
}

/**
 * The check-ins that reported a warning sign on or after `since` (the last session; all of them when none
 * was done yet), oldest first. A session on the same day as a warning sign does not lift the pause: the
 * check-in may have come after it.
 */
export function findWarningSigns(
  checkIns: readonly CheckInInput[],
  since: CalendarDate | undefined,
): WarningSignReport[] {
  return checkIns
    .filter(
      (checkIn) =>
        (checkIn.warningSigns?.length ?? 0) > 0 && (since === undefined || checkIn.date >= since),
    )
    .map((checkIn) => ({ date: checkIn.date, signs: [...new Set(checkIn.warningSigns)] }));
}
