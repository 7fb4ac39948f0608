import type {
  CheckInInput,
  CourseHistory,
  PerformedSessionInput,
  ProgressRatingInput,
} from "@mnplan/core";
import { formatDate } from "./format-date.js";
import { codeWords, count, heading, type TextLayout } from "./text-layout.js";
import { wrapLabelled, wrapText } from "./wrap-text.js";

const mm = (value: number): string =>
  Number.isInteger(value * 10) ? value.toFixed(1) : `${value}`;

/** A performed session in a line: where, with what, how deep, by whom. */
export function describeSession(session: PerformedSessionInput): string {
  const cartridge = [
    session.cartridge?.needles === undefined ? undefined : `${session.cartridge.needles} needles`,
    session.cartridge?.type,
  ].filter((part) => part !== undefined);
  return [
    session.setting,
    session.device,
    cartridge.length > 0 ? cartridge.join(" ") : undefined,
    session.depthByArea.map((depth) => `${depth.area} ${mm(depth.depthMm)} mm`).join(", "),
    session.passes === undefined
      ? undefined
      : `${session.passes} pass${session.passes === 1 ? "" : "es"}`,
    session.products === undefined ? undefined : `with ${session.products.join(", ")}`,
    session.performedBy === undefined ? undefined : `by ${session.performedBy}`,
  ]
    .filter((part) => part !== undefined)
    .join(" · ");
}

/** A check-in in a line: the four scores, and any warning signs. */
export function describeCheckIn(checkIn: CheckInInput): string {
  const scores = `redness ${checkIn.redness} · swelling ${checkIn.swelling} · pain ${checkIn.pain} · flaking ${checkIn.flaking}`;
  const signs = checkIn.warningSigns ?? [];
  return signs.length === 0
    ? scores
    : `${scores} · warning signs: ${signs.map(codeWords).join(", ")}`;
}

/** A rating in a line: the concern and its score. */
export function describeRating(rating: ProgressRatingInput): string {
  return `${codeWords(rating.concern)} ${rating.score}/10`;
}

const DATE_COLUMN = 17;

/** A dated line with any notes beneath it, aligned under the text. */
function entryLines(
  date: string,
  text: string,
  notes: string | undefined,
  layout: TextLayout,
): string[] {
  const line = wrapLabelled(formatDate(date), text, layout.width, "    ", DATE_COLUMN);
  const under = " ".repeat(4 + DATE_COLUMN);
  return notes === undefined
    ? [line]
    : [line, layout.palette.dim(wrapText(`“${notes}”`, layout.width, under, under))];
}

function section<T extends { date: string; notes?: string | undefined }>(
  title: string,
  items: readonly T[],
  describe: (item: T) => string,
  layout: TextLayout,
): string[] {
  if (items.length === 0) return [`  ${title}: none yet`];
  return [
    `  ${title}`,
    ...items.flatMap((item) => entryLines(item.date, describe(item), item.notes, layout)),
  ];
}

/** The journal of a course: its sessions, check-ins and ratings, oldest first. */
export function renderJournal(history: CourseHistory, layout: TextLayout): string[] {
  return [
    ...heading("Your journal", layout),
    ...section("Sessions", history.sessions, describeSession, layout),
    ...section("Check-ins", history.checkIns, describeCheckIn, layout),
    ...section("Ratings", history.ratings, describeRating, layout),
    ...(history.photos.length === 0 ? [] : [`  Photos: ${count(history.photos.length, "photo")}`]),
  ];
}
