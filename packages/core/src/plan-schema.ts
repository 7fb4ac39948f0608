import * as z from "zod";
import { ON_LIST } from "./length-check-guard.js";
import { WEEKDAYS } from "./calendar-date.js";
import { AREAS, CONCERNS, GRADES, LEVELS, SETTINGS, STATUSES } from "./vocabulary.js";

const DateString = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const MmRange = z.object({ min: z.number(), max: z.number() });

export const ScreeningItemSchema = z.object({
  code: z.string(),
  level: z.enum(LEVELS),
  message: z.string(),
  advice: z.string().optional(),
  clearsOn: DateString.nullable().optional(),
  notBefore: DateString.optional(),
  grade: z.enum(GRADES),
});
export type ScreeningItem = z.infer<typeof ScreeningItemSchema>;

export const PrepStepSchema = z.object({
  date: DateString,
  code: z.string(),
  text: z.string(),
  remind: z.boolean(),
});
export type PrepStep = z.infer<typeof PrepStepSchema>;

export const AftercareStepSchema = z.object({
  from: DateString,
  to: DateString,
  code: z.string(),
  kind: z.enum(["expect", "do", "avoid"]),
  text: z.string(),
});
export type AftercareStep = z.infer<typeof AftercareStepSchema>;

export const AreaDepthSchema = z.object({
  area: z.enum(AREAS),
  concern: z.enum(CONCERNS),
  depthMm: MmRange,
  rule: z.string(),
});
export type AreaDepth = z.infer<typeof AreaDepthSchema>;

export const ScheduledSessionSchema = z.object({
  number: z.int().min(1),
  date: DateString,
  weekday: z.enum(WEEKDAYS),
  daysSincePrevious: z.int().nullable(),
  depthMm: MmRange,
  depthByArea: z.array(AreaDepthSchema),
  prep: z.array(PrepStepSchema),
  aftercare: z.array(AftercareStepSchema),
  /** In a revised plan: `done` for a session that took place, `planned` for one to come. Absent means planned. */
  state: z.enum(["done", "planned"]).optional(),
  /** For a done session: the depth used on each area, as charted. */
  performedDepthByArea: z.array(z.object({ area: z.enum(AREAS), depthMm: z.number() })).optional(),
});
export type ScheduledSession = z.infer<typeof ScheduledSessionSchema>;

export const ExplanationLineSchema = z.object({
  topic: z.enum([
    "screening",
    "sessions",
    "interval",
    "depth",
    "schedule",
    "prep",
    "session-day",
    "aftercare",
    "milestones",
    "maintenance",
    "safety",
  ]),
  rule: z.string(),
  effect: z.string(),
  grade: z.enum(GRADES),
  sources: z.array(z.string()).min(1, ON_LIST),
  evidenceNote: z.string().optional(),
});
export type ExplanationLine = z.infer<typeof ExplanationLineSchema>;
export type Topic = ExplanationLine["topic"];

export const WarningSchema = z.object({
  code: z.string(),
  message: z.string(),
  session: z.int().optional(),
});
export type PlanWarning = z.infer<typeof WarningSchema>;

export const MilestoneSchema = z.object({
  code: z.string(),
  after: z.string(),
  anchor: z.enum(["first-session", "last-session"]),
  date: DateString.nullable(),
  text: z.string(),
});
export type Milestone = z.infer<typeof MilestoneSchema>;

/** The plan of contract.md, with the fields the planner adds (all optional to a reader of the contract). */
export const TreatmentPlanSchema = z.object({
  id: z.string(),
  status: z.enum(STATUSES),
  rules: z.object({ id: z.string(), version: z.string(), name: z.string() }),
  setting: z.enum(SETTINGS),
  timeZone: z.string(),
  startDate: DateString,
  sessions: z
    .object({
      min: z.int(),
      max: z.int(),
      recommended: z.int(),
      reassessAfterSeries: z.boolean(),
      setBy: z.enum(CONCERNS),
    })
    .nullable(),
  intervalWeeks: z.object({ min: z.int(), max: z.int(), recommended: z.int() }).nullable(),
  minDaysBetweenSessions: z.int().nullable(),
  earliestStart: DateString.nullable(),
  schedule: z.array(ScheduledSessionSchema),
  screening: z.array(ScreeningItemSchema),
  explanation: z.array(ExplanationLineSchema),
  milestones: z.array(MilestoneSchema),
  maintenance: z
    .object({
      everyMonths: z.object({ min: z.int(), max: z.int() }).nullable(),
      reassessAfterMonths: z.int().nullable(),
      text: z.string(),
    })
    .nullable(),
  sessionDay: z.object({ numbingMinutes: MmRange, needlingMinutes: MmRange, text: z.string() }),
  warningSigns: z.object({ signs: z.array(z.string()), text: z.string() }),
  homeHygiene: z.array(z.string()),
  warnings: z.array(WarningSchema),
  disclaimer: z.string(),
});
export type TreatmentPlan = z.infer<typeof TreatmentPlanSchema>;
