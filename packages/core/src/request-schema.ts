import * as z from "zod";
import { ON_LIST, ON_TEXT } from "./length-check-guard.js";
import { isCalendarDate, WEEKDAYS } from "./calendar-date.js";
import { isTimeZone } from "./time-zone.js";
import {
  ACNE_SEVERITIES,
  ACTIVE_ACNE,
  AREAS,
  CONCERNS,
  HEALTH_FLAGS,
  LIFESTYLE_FIELDS,
  SCAR_TYPES,
  SENSITIVITIES,
  SETTINGS,
  STRETCH_MARK_STAGES,
} from "./vocabulary.js";

/** A `YYYY-MM-DD` calendar date that exists. */
export const CalendarDateSchema = z
  .string()
  .refine(isCalendarDate, { message: "Expected a real calendar date as YYYY-MM-DD" });

/** An IANA time-zone name. */
export const TimeZoneSchema = z
  .string()
  .refine(isTimeZone, { message: "Expected an IANA time-zone name such as Europe/London" });

/** One concern and the areas it is treated on (rules.md §1). */
export const ConcernRequestSchema = z.strictObject({
  concern: z.enum(CONCERNS),
  areas: z.array(z.enum(AREAS)).min(1, { ...ON_LIST, message: "Give at least one area" }),
  severity: z.enum(ACNE_SEVERITIES).optional(),
  goodmanBaron: z.int().min(1).max(4).optional(),
  scarType: z.enum(SCAR_TYPES).optional(),
  glogau: z.int().min(1).max(4).optional(),
  stage: z.enum(STRETCH_MARK_STAGES).optional(),
});
export type ConcernRequest = z.infer<typeof ConcernRequestSchema>;

const lifestyleShape = Object.fromEntries(
  LIFESTYLE_FIELDS.map((field) => [field, z.boolean().optional()]),
) as Record<(typeof LIFESTYLE_FIELDS)[number], z.ZodOptional<z.ZodBoolean>>;

/** Lifestyle answers; a missing answer is the favourable one (contract.md). */
export const LifestyleSchema = z.strictObject(lifestyleShape);

const healthShape = Object.fromEntries(
  HEALTH_FLAGS.map((flag) => [flag, z.boolean().optional()]),
) as Record<(typeof HEALTH_FLAGS)[number], z.ZodOptional<z.ZodBoolean>>;

/** Health screening answers; a missing answer means "no". */
export const HealthSchema = z.strictObject({
  ...healthShape,
  isotretinoin: z
    .union([z.enum(["never", "current"]), z.strictObject({ stoppedOn: CalendarDateSchema })])
    .optional(),
  activeAcne: z.enum(ACTIVE_ACNE).optional(),
});

/** A period with no sessions; `sun: true` also keeps the 72 h after a session out of it. */
export const BlackoutSchema = z.strictObject({
  from: CalendarDateSchema,
  to: CalendarDateSchema,
  reason: z.string().max(200, ON_TEXT).optional(),
  sun: z.boolean().optional(),
});

/** The plan request of contract.md, exactly as a client sends it. */
export const PlanRequestSchema = z.strictObject({
  concerns: z
    .array(ConcernRequestSchema)
    .min(1, { ...ON_LIST, message: "Give at least one concern" })
    .max(12, ON_LIST),
  age: z.int().min(0).max(120),
  fitzpatrick: z.int().min(1).max(6),
  sensitivity: z.enum(SENSITIVITIES).optional(),
  setting: z.enum(SETTINGS),
  homeDepthOptIn: z.boolean().optional(),
  lifestyle: LifestyleSchema.optional(),
  health: HealthSchema.optional(),
  startDate: CalendarDateSchema,
  today: CalendarDateSchema.optional(),
  timeZone: TimeZoneSchema,
  preferredWeekdays: z.array(z.enum(WEEKDAYS)).min(1, ON_LIST).max(7, ON_LIST).optional(),
  blackouts: z.array(BlackoutSchema).max(100, ON_LIST).optional(),
  rules: z
    .string()
    .regex(/^[a-z0-9][a-z0-9.-]{0,63}$/, { message: "Expected a rule pack id such as guideline" })
    .optional(),
});
/** A plan request as sent (optional fields may be missing). */
export type PlanRequestInput = z.input<typeof PlanRequestSchema>;
type ParsedRequest = z.output<typeof PlanRequestSchema>;

type Filled<T> = { readonly [K in keyof T]-?: Exclude<T[K], undefined> };

/** A plan request after parsing: every default filled in. */
export interface PlanRequest extends Omit<
  ParsedRequest,
  | "sensitivity"
  | "homeDepthOptIn"
  | "lifestyle"
  | "health"
  | "rules"
  | "preferredWeekdays"
  | "blackouts"
> {
  readonly sensitivity: NonNullable<ParsedRequest["sensitivity"]>;
  readonly homeDepthOptIn: boolean;
  readonly lifestyle: Filled<NonNullable<ParsedRequest["lifestyle"]>>;
  readonly health: Filled<NonNullable<ParsedRequest["health"]>>;
  readonly rules: string;
  readonly preferredWeekdays: NonNullable<ParsedRequest["preferredWeekdays"]>;
  readonly blackouts: NonNullable<ParsedRequest["blackouts"]>;
}
