import * as z from "zod";
import { ON_LIST, ON_TEXT } from "./length-check-guard.js";
import {
  ACTIVE_ACNE,
  AREAS,
  CONCERNS,
  GRADES,
  HEALTH_FLAGS,
  LEVELS,
  LIFESTYLE_FIELDS,
  SCAR_TYPES,
  SENSITIVITIES,
  SETTINGS,
} from "./vocabulary.js";

const Code = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+(-[a-z0-9]+)*)*$/, {
  message: "Expected a kebab-case code such as stop-retinoids",
});
const SourceId = z.string().min(1, ON_TEXT).max(40, ON_TEXT);
const Text = z.string().min(1, ON_TEXT).max(2000, ON_TEXT);
const Weeks = z.int().min(1).max(52);
const Millimetres = z.number().min(0.05).max(3);

/** What every rule record carries: a stable code, an evidence grade and its sources (rules.md §12.4). */
const basis = {
  code: Code,
  grade: z.enum(GRADES),
  sources: z
    .array(SourceId)
    .min(1, { ...ON_LIST, message: "Every rule names at least one source" }),
  evidenceNote: Text.optional(),
};

const range = (n: z.ZodNumber) =>
  z.strictObject({ min: n, max: n }).refine((r: { min: number; max: number }) => r.min <= r.max, {
    message: "min must not exceed max",
    path: ["max"],
  });

/** A fact about the person a rule can test; a rule applies when all of its conditions hold. No expressions. */
export type Condition =
  | { readonly fact: "health"; readonly flag: (typeof HEALTH_FLAGS)[number] }
  | { readonly fact: "isotretinoin-current" }
  | { readonly fact: "isotretinoin-stopped-within"; readonly months: number }
  | { readonly fact: "active-acne"; readonly in: ReadonlyArray<(typeof ACTIVE_ACNE)[number]> }
  | {
      readonly fact: "age";
      readonly atLeast?: number | undefined;
      readonly below?: number | undefined;
    }
  | {
      readonly fact: "fitzpatrick";
      readonly atLeast?: number | undefined;
      readonly below?: number | undefined;
    }
  | { readonly fact: "sensitivity"; readonly in: ReadonlyArray<(typeof SENSITIVITIES)[number]> }
  | {
      readonly fact: "lifestyle";
      readonly field: (typeof LIFESTYLE_FIELDS)[number];
      readonly is: boolean;
    }
  | { readonly fact: "setting"; readonly is: (typeof SETTINGS)[number] }
  | { readonly fact: "concern"; readonly in: ReadonlyArray<(typeof CONCERNS)[number]> }
  | { readonly fact: "area"; readonly in: ReadonlyArray<(typeof AREAS)[number]> }
  | {
      readonly fact: "acne-severity";
      readonly in: ReadonlyArray<"macular" | "mild" | "moderate" | "deep">;
    }
  | { readonly fact: "scar-type"; readonly in: ReadonlyArray<(typeof SCAR_TYPES)[number]> }
  | { readonly fact: "glogau"; readonly atLeast: number }
  | { readonly fact: "any"; readonly of: readonly Condition[] };

const bounds = { atLeast: z.int().optional(), below: z.int().optional() };
export const ConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.discriminatedUnion("fact", [
    z.strictObject({ fact: z.literal("health"), flag: z.enum(HEALTH_FLAGS) }),
    z.strictObject({ fact: z.literal("isotretinoin-current") }),
    z.strictObject({
      fact: z.literal("isotretinoin-stopped-within"),
      months: z.int().min(1).max(60),
    }),
    z.strictObject({
      fact: z.literal("active-acne"),
      in: z.array(z.enum(ACTIVE_ACNE)).min(1, ON_LIST),
    }),
    z.strictObject({ fact: z.literal("age"), ...bounds }),
    z.strictObject({ fact: z.literal("fitzpatrick"), ...bounds }),
    z.strictObject({
      fact: z.literal("sensitivity"),
      in: z.array(z.enum(SENSITIVITIES)).min(1, ON_LIST),
    }),
    z.strictObject({
      fact: z.literal("lifestyle"),
      field: z.enum(LIFESTYLE_FIELDS),
      is: z.boolean(),
    }),
    z.strictObject({ fact: z.literal("setting"), is: z.enum(SETTINGS) }),
    z.strictObject({ fact: z.literal("concern"), in: z.array(z.enum(CONCERNS)).min(1, ON_LIST) }),
    z.strictObject({ fact: z.literal("area"), in: z.array(z.enum(AREAS)).min(1, ON_LIST) }),
    z.strictObject({
      fact: z.literal("acne-severity"),
      in: z.array(z.enum(["macular", "mild", "moderate", "deep"])).min(1, ON_LIST),
    }),
    z.strictObject({
      fact: z.literal("scar-type"),
      in: z.array(z.enum(SCAR_TYPES)).min(1, ON_LIST),
    }),
    z.strictObject({ fact: z.literal("glogau"), atLeast: z.int().min(1).max(4) }),
    z.strictObject({ fact: z.literal("any"), of: z.array(ConditionSchema).min(1, ON_LIST) }),
  ]),
);

/** §2: a session range for a concern (and severity, or any concern on a body area). */
export const SessionRuleSchema = z.strictObject({
  ...basis,
  concern: z.enum([...CONCERNS, "any"]),
  severity: z
    .array(z.enum(["mild", "moderate", "deep"]))
    .min(1, ON_LIST)
    .optional(),
  bodyArea: z.boolean().optional(),
  sessions: range(z.int().min(1).max(20)),
  reassessAtMax: z.boolean(),
  text: Text,
});

/** §3: the interval window and its default. */
export const IntervalRuleSchema = z
  .strictObject({ ...basis, weeks: range(Weeks), defaultWeeks: Weeks, text: Text })
  .refine((r) => r.defaultWeeks >= r.weeks.min && r.defaultWeeks <= r.weeks.max, {
    message: "defaultWeeks must lie inside the window",
    path: ["defaultWeeks"],
  });

/** §4: a factor and its monotone effects (it can only add sessions, lengthen the interval, lower the start depth). */
export const FactorRuleSchema = z.strictObject({
  ...basis,
  label: Text,
  when: z.array(ConditionSchema).min(1, ON_LIST),
  addSessions: z.int().min(0).max(4).optional(),
  interval: z
    .strictObject({ minWeeks: Weeks, maxWeeks: Weeks, recommendedWeeks: Weeks })
    .optional(),
  depthStepsDownAtStart: z.int().min(0).max(4).optional(),
  effect: Text,
  warning: Text.optional(),
});

/** §5: clinic depth for areas (optionally only for some concerns). */
export const DepthRuleSchema = z.strictObject({
  ...basis,
  areas: z.array(z.enum(AREAS)).min(1, ON_LIST),
  concerns: z.array(z.enum(CONCERNS)).min(1, ON_LIST).optional(),
  depthMm: range(Millimetres),
  note: Text.optional(),
});

/** §5: treating at home. */
export const HomeRuleSchema = z.strictObject({
  ...basis,
  defaultMm: Millimetres,
  maxMm: Millimetres,
  optInMaxMm: Millimetres,
  text: Text,
  optInWarning: Text,
  hygiene: z.array(Text),
});

const DeferSchema = z.discriminatedUnion("until", [
  z.strictObject({
    until: z.literal("months-after-isotretinoin-stop"),
    months: z.int().min(1).max(24),
  }),
  z.strictObject({ until: z.literal("days-after-today"), days: z.int().min(1).max(365) }),
  z.strictObject({ until: z.literal("healed"), atLeastDays: z.int().min(1).max(365).optional() }),
]);

/** §6: a screening item. */
export const ScreeningRuleSchema = z.strictObject({
  ...basis,
  level: z.union([
    z.enum(LEVELS),
    z.strictObject({ clinic: z.enum(LEVELS), home: z.enum(LEVELS) }),
  ]),
  when: z.array(ConditionSchema).min(1, ON_LIST),
  message: Text,
  advice: Text.optional(),
  defer: DeferSchema.optional(),
});

/** §7: a step before each session, dated `daysBefore` it. */
export const PrepRuleSchema = z.strictObject({
  ...basis,
  daysBefore: z.int().min(0).max(60),
  text: Text,
  setting: z.enum(SETTINGS).optional(),
  remind: z.boolean(),
  keepsOutOfSun: z.boolean().optional(),
});

/** §9: an aftercare phase, days counted from the session day (day 0). */
export const AftercareRuleSchema = z
  .strictObject({
    ...basis,
    fromDay: z.int().min(0).max(60),
    toDay: z.int().min(0).max(60),
    kind: z.enum(["expect", "do", "avoid"]),
    text: Text,
    setting: z.enum(SETTINGS).optional(),
    keepsOutOfSun: z.boolean().optional(),
    sunProtection: z.boolean().optional(),
  })
  .refine((r) => r.fromDay <= r.toDay, {
    message: "fromDay must not be after toDay",
    path: ["toDay"],
  });

/** §10: when results show, counted from the first or last session. */
export const MilestoneRuleSchema = z.strictObject({
  ...basis,
  after: z
    .string()
    .regex(/^P\d{1,3}[DWM]$/, { message: "Expected an ISO 8601 duration such as P2W" }),
  anchor: z.enum(["first-session", "last-session"]),
  text: Text,
});

/** §11: maintenance after the series, for some concerns. */
export const MaintenanceRuleSchema = z.strictObject({
  ...basis,
  concerns: z.array(z.enum(CONCERNS)).min(1, ON_LIST),
  everyMonths: range(z.int().min(1).max(60)).optional(),
  reassessAfterMonths: z.int().min(1).max(60).optional(),
  text: Text,
});

/** §8: the session itself. */
export const SessionDayRuleSchema = z.strictObject({
  ...basis,
  numbingMinutes: range(z.int().min(0).max(120)),
  needlingMinutes: range(z.int().min(5).max(240)),
  text: Text,
});

/** A check-in score that, in a span of days after a session, marks a strong or slow reaction. */
export const ReactionTriggerSchema = z
  .strictObject({
    score: z.enum(["redness", "swelling", "pain", "flaking"]),
    /** The score (0–3) from which it counts. */
    atLeast: z.int().min(1).max(3),
    /** Days after the session (day 0); `toDay` left out means from `fromDay` on. */
    fromDay: z.int().min(0).max(60),
    toDay: z.int().min(0).max(60).optional(),
    label: Text,
  })
  .refine((r) => r.toDay === undefined || r.fromDay <= r.toDay, {
    message: "fromDay must not be after toDay",
    path: ["toDay"],
  });

/** How a plan adapts to what happened (rules.md §3, §9; product: Adapt). Every number can only make it more careful. */
export const AdaptRulesSchema = z.strictObject({
  /** A strong or slow reaction after the last session: the next interval longer, its depth lower. */
  slowReaction: z.strictObject({
    ...basis,
    triggers: z.array(ReactionTriggerSchema).min(1, ON_LIST),
    addWeeks: z.int().min(1).max(12),
    depthStepsDown: z.int().min(1).max(4),
    text: Text,
  }),
  /** A warning sign since the last session: the course pauses until a professional has seen it. */
  warningSign: z.strictObject({ ...basis, text: Text }),
  /** A session not done by its date: the rest move forward from today. */
  missedSession: z.strictObject({ ...basis, text: Text }),
  /** Two done sessions closer than the minimum: reported, and never repeated by the plan. */
  tooClose: z.strictObject({ ...basis, text: Text }),
  /** Every concern rated at least this (0–10) once the range's low end is done: the series may end there. */
  strongProgress: z.strictObject({ ...basis, atLeast: z.int().min(1).max(10), text: Text }),
  /** A concern whose rating gained less than this since its first rating: the series extends to the top. */
  slowProgress: z.strictObject({ ...basis, gainBelow: z.int().min(1).max(10), text: Text }),
  /** Every planned session done: the series is complete and maintenance follows. */
  complete: z.strictObject({ ...basis, text: Text }),
});

/** A whole rule pack: the data one evaluator applies. */
export const RulePackSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9.-]{0,63}$/),
  version: z.string().min(1, ON_TEXT).max(40, ON_TEXT),
  name: Text,
  description: Text,
  sources: z.record(SourceId, Text),
  sessions: z.array(SessionRuleSchema).min(1, ON_LIST),
  interval: IntervalRuleSchema,
  factors: z.array(FactorRuleSchema),
  depth: z.strictObject({
    stepMm: Millimetres,
    floorMm: Millimetres,
    rules: z.array(DepthRuleSchema).min(1, ON_LIST),
  }),
  home: HomeRuleSchema,
  screening: z.array(ScreeningRuleSchema),
  prep: z.array(PrepRuleSchema),
  sessionDay: SessionDayRuleSchema,
  aftercare: z.array(AftercareRuleSchema),
  warningSigns: z.strictObject({ ...basis, signs: z.array(Text).min(1, ON_LIST), text: Text }),
  milestones: z.array(MilestoneRuleSchema),
  maintenance: z.array(MaintenanceRuleSchema).min(1, ON_LIST),
  adapt: AdaptRulesSchema,
});

export type RulePack = z.infer<typeof RulePackSchema>;
export type SessionRule = z.infer<typeof SessionRuleSchema>;
export type FactorRule = z.infer<typeof FactorRuleSchema>;
export type DepthRule = z.infer<typeof DepthRuleSchema>;
export type ScreeningRule = z.infer<typeof ScreeningRuleSchema>;
export type PrepRule = z.infer<typeof PrepRuleSchema>;
export type AftercareRule = z.infer<typeof AftercareRuleSchema>;
export type MilestoneRule = z.infer<typeof MilestoneRuleSchema>;
export type MaintenanceRule = z.infer<typeof MaintenanceRuleSchema>;
export type AdaptRules = z.infer<typeof AdaptRulesSchema>;
export type ReactionTrigger = z.infer<typeof ReactionTriggerSchema>;

/** A custom pack: either complete, or `extends` a shipped pack and replaces or adds records by code. */
export const CustomPackSchema = z.looseObject({
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9.-]{0,63}$/, { message: "Expected a pack id such as clinic-protocol" }),
  extends: z.enum(["guideline", "evidence"]).optional(),
});
