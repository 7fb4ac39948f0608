// @mnplan/core: the pure planning engine. No I/O, no clock, no environment.
export * from "./calendar-date.js";
export { isTimeZone, todayInZone } from "./time-zone.js";
export * from "./issue.js";
export * from "./vocabulary.js";
export * from "./request-schema.js";
export { parsePlanRequest } from "./parse-plan-request.js";
export * from "./rule-pack-schema.js";
export * from "./plan-schema.js";
export { GUIDELINE_PACK } from "./packs/guideline.js";
export { EVIDENCE_PACK } from "./packs/evidence.js";
export { mergePack, type PackOverrides } from "./merge-pack.js";
export {
  validateRulePack,
  REQUIRED_CONTRAINDICATIONS,
  MIN_DAYS_BETWEEN_DEEP_SESSIONS,
  HOME_MAX_MM,
} from "./validate-rule-pack.js";
export { loadRulePack, SHIPPED_PACKS } from "./load-rule-pack.js";
export { buildFacts, holds, type Facts } from "./facts.js";
export { screen, type Screening } from "./screen.js";
export { chooseNumbers, type SeriesNumbers } from "./choose-numbers.js";
export { chooseDepth, lowerDepth, depthRuleFor } from "./choose-depth.js";
export {
  scheduleSessions,
  type ScheduleConstraints,
  type ScheduleResult,
  type Blackout,
} from "./schedule-sessions.js";
export { buildPlan } from "./build-plan.js";
export { plan, resolvePack, type PlanOptions } from "./plan.js";
export { explain } from "./explain.js";
export {
  planNextSession,
  checkSessionDate,
  type SessionDate,
  type NextSession,
  type SessionDateCheck,
} from "./next-session.js";
export { buildCalendar, type CalendarOptions } from "./build-calendar.js";
export { DISCLAIMER } from "./disclaimer.js";
export * from "./journal-schema.js";
export * from "./length-check-guard.js";
export type { Course, CourseHistory, CourseState, PlanChange, PlanRevision } from "./course.js";
export { adaptPlan, type AdaptInput, type AdaptedPlan } from "./adapt-plan.js";
export {
  findReaction,
  findWarningSigns,
  type ReactionSign,
  type WarningSignReport,
} from "./find-reaction.js";
export { chooseSeriesLength, type SeriesLength } from "./choose-series-length.js";
export { isSameSchedule } from "./is-same-schedule.js";
export { fromZodIssues } from "./zod-issues.js";
export { findRule, listRules, RULE_GROUPS, type RuleEntry, type RuleRecord } from "./list-rules.js";
