import * as z from "zod";
import { ON_LIST, ON_TEXT } from "./length-check-guard.js";
import { CalendarDateSchema } from "./request-schema.js";
import { AREAS, CONCERNS, SETTINGS } from "./vocabulary.js";

const Note = z.string().max(2000, ON_TEXT);
const Score = z.int().min(0).max(3);

/** A session that took place, as charted by a person or a practitioner. */
export const PerformedSessionInputSchema = z.strictObject({
  date: CalendarDateSchema,
  setting: z.enum(SETTINGS),
  device: z.enum(["pen", "roller"]),
  cartridge: z
    .strictObject({
      needles: z.int().min(1).max(100).optional(),
      type: z.string().min(1, ON_TEXT).max(80, ON_TEXT).optional(),
    })
    .optional(),
  depthByArea: z
    .array(z.strictObject({ area: z.enum(AREAS), depthMm: z.number().min(0.1).max(3) }))
    .min(1, { ...ON_LIST, message: "Give the depth used on at least one area" })
    .max(20, ON_LIST),
  passes: z.int().min(1).max(20).optional(),
  products: z.array(z.string().min(1, ON_TEXT).max(120, ON_TEXT)).max(20, ON_LIST).optional(),
  performedBy: z.string().min(1, ON_TEXT).max(120, ON_TEXT).optional(),
  notes: Note.optional(),
});
export type PerformedSessionInput = z.infer<typeof PerformedSessionInputSchema>;

/** Warning signs of rules.md §9 that a check-in can report. */
export const WARNING_SIGNS = [
  "worsening-after-72h",
  "pus",
  "fever",
  "spreading-warmth",
  "cold-sore",
  "dark-patches",
  "scarring",
] as const;
export type WarningSign = (typeof WARNING_SIGNS)[number];

/** A daily recovery check-in: each score 0 (none) to 3 (severe), and any warning signs. */
export const CheckInInputSchema = z.strictObject({
  date: CalendarDateSchema,
  redness: Score,
  swelling: Score,
  pain: Score,
  flaking: Score,
  warningSigns: z.array(z.enum(WARNING_SIGNS)).max(WARNING_SIGNS.length, ON_LIST).optional(),
  notes: Note.optional(),
});
export type CheckInInput = z.infer<typeof CheckInInputSchema>;

/** A person's own rating of a concern, 0 (no better) to 10 (as good as hoped). */
export const ProgressRatingInputSchema = z.strictObject({
  date: CalendarDateSchema,
  concern: z.enum(CONCERNS),
  score: z.int().min(0).max(10),
  notes: Note.optional(),
});
export type ProgressRatingInput = z.infer<typeof ProgressRatingInputSchema>;

export const PHOTO_ANGLES = [
  "front",
  "left",
  "right",
  "left-45",
  "right-45",
  "top",
  "close-up",
] as const;

/** What is recorded about a photo; the file itself is kept by the store. */
export const PhotoInputSchema = z.strictObject({
  date: CalendarDateSchema,
  angle: z.enum(PHOTO_ANGLES),
  area: z.enum(AREAS),
  consent: z.literal(true, { message: "A photo is kept only with consent" }),
  notes: Note.optional(),
});
export type PhotoInput = z.infer<typeof PhotoInputSchema>;

/** A stored record: the input plus its id and when it was recorded (an instant from the edge). */
export type Recorded<T> = T & { readonly id: string; readonly recordedAt: string };
export type PerformedSession = Recorded<PerformedSessionInput>;
export type CheckIn = Recorded<CheckInInput>;
export type ProgressRating = Recorded<ProgressRatingInput>;
export type Photo = Recorded<PhotoInput> & {
  readonly mediaType: "image/jpeg" | "image/png";
  readonly bytes: number;
  readonly sha256: string;
};
