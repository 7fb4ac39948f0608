import {
  addDays,
  addMonths,
  fromDayNumber,
  toDayNumber,
  type CalendarDate,
} from "./calendar-date.js";
import type { AftercareStep, Milestone, PrepStep } from "./plan-schema.js";
import type { AftercareRule, MilestoneRule, PrepRule, RulePack } from "./rule-pack-schema.js";
import type { Setting } from "./vocabulary.js";

/** The pack's prep and aftercare records that apply in a setting, prep ordered from the earliest. */
export function careRulesFor(
  pack: RulePack,
  setting: Setting,
): { prep: PrepRule[]; aftercare: AftercareRule[] } {
  const applies = (rule: { setting?: Setting | undefined }): boolean =>
    rule.setting === undefined || rule.setting === setting;
  return {
    prep: pack.prep.filter(applies).sort((a, b) => b.daysBefore - a.daysBefore),
    aftercare: pack.aftercare
      .filter(applies)
      .sort((a, b) => a.fromDay - b.fromDay || a.toDay - b.toDay),
  };
}

/** Dated prep steps for a session on `date` (rules.md §7). */
export function buildPrep(rules: readonly PrepRule[], date: CalendarDate): PrepStep[] {
  const day = toDayNumber(date);
  return rules.map((rule) => ({
    date: fromDayNumber(day - rule.daysBefore),
    code: rule.code,
    text: rule.text,
    remind: rule.remind,
  }));
}

/** Dated aftercare phases for a session on `date` (rules.md §9): day 0 is the session day. */
export function buildAftercare(
  rules: readonly AftercareRule[],
  date: CalendarDate,
): AftercareStep[] {
  const day = toDayNumber(date);
  return rules.map((rule) => ({
    from: fromDayNumber(day + rule.fromDay),
    to: fromDayNumber(day + rule.toDay),
    code: rule.code,
    kind: rule.kind,
    text: rule.text,
  }));
}

/** Adds an ISO 8601 duration of days, weeks or months (`P2W`) to a date. */
export function addDuration(date: CalendarDate, duration: string): CalendarDate {
  const amount = Number(duration.slice(1, -1));
  switch (duration.at(-1)) {
    case "D":
      return addDays(date, amount);
    case "W":
      return addDays(date, amount * 7);
    default:
      return addMonths(date, amount);
  }
}

/** Dated milestones (rules.md §10); undated when there is no schedule. */
export function buildMilestones(
  rules: readonly MilestoneRule[],
  first: CalendarDate | undefined,
  last: CalendarDate | undefined,
): Milestone[] {
  return rules.map((rule) => {
    const anchor = rule.anchor === "first-session" ? first : last;
    return {
      code: rule.code,
      after: rule.after,
      anchor: rule.anchor,
      date: anchor ? addDuration(anchor, rule.after) : null,
      text: rule.text,
    };
  });
}
