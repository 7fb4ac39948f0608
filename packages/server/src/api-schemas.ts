// The request and response shapes of the API, built from core's schemas. They document the API
// (build-openapi.ts); inputs are parsed with them once, at the edge.
import {
  AREAS,
  CalendarDateSchema,
  CheckInInputSchema,
  ON_TEXT,
  PerformedSessionInputSchema,
  PHOTO_ANGLES,
  PhotoInputSchema,
  PlanRequestSchema,
  ProgressRatingInputSchema,
  RulePackSchema,
  STATUSES,
  TreatmentPlanSchema,
} from "@mnplan/core";
import * as z from "zod";

export const IdSchema = z.uuid({ message: "Expected an id as issued by this server" });
export const CourseParamsSchema = z.strictObject({ id: IdSchema });
export const PhotoParamsSchema = z.strictObject({ id: IdSchema, photoId: IdSchema });
export const RulePackParamsSchema = z.strictObject({ id: z.string().max(64, ON_TEXT) });
export const FeedParamsSchema = z.strictObject({
  file: z.string().regex(/^[A-Za-z0-9_-]{43}\.ics$/, { message: "No such calendar feed" }),
});

const limit = (max: number): z.ZodType<number, string> =>
  z
    .string()
    .regex(/^\d{1,4}$/, { message: `Expected a whole number from 1 to ${max}` })
    .transform(Number)
    .pipe(z.int().min(1).max(max));

export const CourseListQuerySchema = z.strictObject({
  limit: limit(100).optional(),
  after: z.string().min(1, ON_TEXT).max(200, ON_TEXT).optional(),
});
export const DueQuerySchema = z.strictObject({
  from: CalendarDateSchema.optional(),
  to: CalendarDateSchema.optional(),
  limit: limit(1000).optional(),
});

export const CourseInputSchema = z.strictObject({
  request: PlanRequestSchema,
  label: z.string().min(1, ON_TEXT).max(120, ON_TEXT).optional(),
});

export const IssueSchema = z.object({
  code: z.string(),
  path: z.string(),
  message: z.string(),
  severity: z.enum(["error", "warning"]),
});

export const ProblemSchema = z.looseObject({
  type: z.string(),
  title: z.string(),
  status: z.int(),
  detail: z.string(),
  instance: z.string(),
  errors: z.array(z.object({ path: z.string(), message: z.string(), code: z.string() })),
  allowedFrom: CalendarDateSchema.optional(),
});

export const CourseStateSchema = z.enum(["active", "paused", "complete"]);
export const PlanChangeSchema = z.object({
  code: z.string(),
  message: z.string(),
  rule: z.string(),
  session: z.int().optional(),
  before: z.union([z.string(), z.number(), z.null()]).optional(),
  after: z.union([z.string(), z.number(), z.null()]).optional(),
});
export const PlanRevisionSchema = z.object({
  number: z.int().min(0),
  createdAt: z.iso.datetime(),
  cause: z.string(),
  state: CourseStateSchema,
  plan: TreatmentPlanSchema,
  changes: z.array(PlanChangeSchema),
});
export const CourseSchema = z.object({
  id: IdSchema,
  createdAt: z.iso.datetime(),
  label: z.string().nullable(),
  request: PlanRequestSchema,
  rules: z.object({ id: z.string(), version: z.string() }),
  current: PlanRevisionSchema,
  nextDue: CalendarDateSchema.nullable(),
});
export const CourseSummarySchema = z.object({
  id: IdSchema,
  createdAt: z.iso.datetime(),
  label: z.string().nullable(),
  state: CourseStateSchema,
  status: z.enum(STATUSES),
  nextDue: CalendarDateSchema.nullable(),
});
export const CoursePageSchema = z.object({
  items: z.array(CourseSummarySchema),
  next: z.string().optional(),
});
export const RevisionListSchema = z.object({ items: z.array(PlanRevisionSchema) });

const recorded = { id: IdSchema, recordedAt: z.iso.datetime() };
export const PerformedSessionSchema = PerformedSessionInputSchema.extend(recorded);
export const CheckInSchema = CheckInInputSchema.extend(recorded);
export const ProgressRatingSchema = ProgressRatingInputSchema.extend(recorded);
export const PhotoSchema = PhotoInputSchema.extend({
  ...recorded,
  mediaType: z.enum(["image/jpeg", "image/png"]),
  bytes: z.int().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

/** What a journal write answers: the record, any warnings, and where the plan now stands. */
const recordedReply = <T extends z.ZodType>(record: T) =>
  z.object({
    record,
    warnings: z.array(IssueSchema),
    plan: z.object({
      revision: z.int().min(0),
      state: CourseStateSchema,
      changes: z.array(PlanChangeSchema),
      nextDue: CalendarDateSchema.nullable(),
    }),
  });
export const SessionLoggedSchema = recordedReply(PerformedSessionSchema);
export const CheckInRecordedSchema = recordedReply(CheckInSchema);
export const RatingRecordedSchema = recordedReply(ProgressRatingSchema);

export const SessionListSchema = z.object({ items: z.array(PerformedSessionSchema) });
export const CheckInListSchema = z.object({ items: z.array(CheckInSchema) });
export const RatingListSchema = z.object({ items: z.array(ProgressRatingSchema) });
export const PhotoListSchema = z.object({ items: z.array(PhotoSchema) });

/** The multipart form of a photo upload: the record's fields, then one image file. */
export const PhotoUploadSchema = z.strictObject({
  date: CalendarDateSchema,
  angle: z.enum(PHOTO_ANGLES),
  area: z.enum(AREAS),
  consent: z.literal("true"),
  notes: z.string().max(2000, ON_TEXT).optional(),
  file: z.string(),
});

export const ExportSchema = z.object({
  exportedAt: z.iso.datetime(),
  course: CourseSchema,
  revisions: z.array(PlanRevisionSchema),
  sessions: z.array(PerformedSessionSchema),
  checkIns: z.array(CheckInSchema),
  ratings: z.array(ProgressRatingSchema),
  photos: z.array(PhotoSchema),
});

export const FeedSchema = z.object({ url: z.url() });
export const DueSessionSchema = z.object({
  courseId: IdSchema,
  label: z.string().nullable(),
  date: CalendarDateSchema,
  number: z.int().min(1),
});
export const DueListSchema = z.object({ items: z.array(DueSessionSchema) });
export const RulePackSummarySchema = z.object({
  id: z.string(),
  version: z.string(),
  name: z.string(),
  description: z.string(),
  shipped: z.boolean(),
});
export const RulePackListSchema = z.object({ items: z.array(RulePackSummarySchema) });
export const HealthSchema = z.object({ status: z.literal("ok") });
export {
  CalendarDateSchema,
  CheckInInputSchema,
  PerformedSessionInputSchema,
  PlanRequestSchema,
  ProgressRatingInputSchema,
  RulePackSchema,
  TreatmentPlanSchema,
};
export type CourseListQuery = z.infer<typeof CourseListQuerySchema>;
export type DueQuery = z.infer<typeof DueQuerySchema>;
