import {
  CheckInInputSchema,
  formatPath,
  PerformedSessionInputSchema,
  PhotoInputSchema,
  ProgressRatingInputSchema,
  STATUSES,
  type CheckIn,
  type Course,
  type CourseState,
  type PerformedSession,
  type Photo,
  type PlanChange,
  type PlanRevision,
  type ProgressRating,
  type TreatmentPlan,
} from "@mnplan/core";
import { checkStoredPlan } from "./check-stored-plan.js";
import { decompressPlan } from "./compress-plan.js";
import type { RecordTableName } from "./database.js";
import type { CourseSummary, DueSession } from "./repository.js";
import { isPlainObject, RowReader } from "./row-reader.js";

type Row = Readonly<Record<string, unknown>>;

const COURSE_STATES: readonly CourseState[] = ["active", "paused", "complete"];
const MEDIA_TYPES: readonly Photo["mediaType"][] = ["image/jpeg", "image/png"];

export function decodeSummary(row: Row): CourseSummary {
  const read = new RowReader("courses", row);
  return {
    id: read.id,
    createdAt: read.text("created_at"),
    label: read.nullableText("label"),
    state: read.oneOf("state", COURSE_STATES),
    status: read.oneOf("status", STATUSES),
    nextDue: read.nullableText("next_due"),
  };
}

export function decodeCourse(row: Row, current: PlanRevision): Course {
  const read = new RowReader("courses", row);
  return {
    id: read.id,
    createdAt: read.text("created_at"),
    label: read.nullableText("label"),
    // Kept as given; the planner parses it again whenever it is used.
    request: read.jsonObject("request") as Course["request"],
    rules: { id: read.text("rules_id"), version: read.text("rules_version") },
    current,
    nextDue: read.nullableText("next_due"),
  };
}

export function decodeRevision(row: Row): PlanRevision {
  const read = new RowReader("revisions", row, "course_id");
  const number = read.int("number");
  const field = (name: string) => `${name} (revision ${number})`;
  let plan: unknown;
  try {
    plan = decompressPlan(read.bytes("plan"));
  } catch (error) {
    read.fail(field("plan"), (error as Error).message);
  }
  const problem = checkStoredPlan(plan);
  if (problem) read.fail(field(`plan${problem.field ? `.${problem.field}` : ""}`), problem.detail);
  const changes = read.json("changes");
  if (!Array.isArray(changes) || !changes.every(isChange)) {
    read.fail(field("changes"), "expected a list of changes with code, message and rule");
  }
  return {
    number,
    createdAt: read.text("created_at"),
    cause: read.text("cause"),
    state: read.oneOf("state", COURSE_STATES),
    plan: plan as TreatmentPlan,
    changes: changes as PlanChange[],
  };
}

function isChange(value: unknown): boolean {
  return (
    isPlainObject(value) &&
    typeof value.code === "string" &&
    typeof value.message === "string" &&
    typeof value.rule === "string"
  );
}

interface RecordTypes {
  sessions: PerformedSession;
  check_ins: CheckIn;
  ratings: ProgressRating;
  photos: Photo;
}

const INPUT_SCHEMAS = {
  sessions: PerformedSessionInputSchema,
  check_ins: CheckInInputSchema,
  ratings: ProgressRatingInputSchema,
  photos: PhotoInputSchema,
};

/** A journal record read back, checked with the same core schema its input was. */
export function decodeRecord<T extends RecordTableName>(table: T, row: Row): RecordTypes[T] {
  const read = new RowReader(table, row);
  const data = read.jsonObject("data");
  const date = read.text("date");
  const recordedAt = read.text("recorded_at");
  const { mediaType, bytes, sha256, ...rest } = data;
  const file = table === "photos" ? checkPhotoFile(read, { mediaType, bytes, sha256 }) : {};
  const input = table === "photos" ? { ...rest, date } : { ...data, date };
  const parsed = INPUT_SCHEMAS[table].safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path ?? [];
    read.fail(
      path[0] === "date" ? "date" : `data.${formatPath(path)}`,
      issue?.message ?? "invalid",
    );
  }
  return { id: read.id, ...parsed.data, ...file, recordedAt } as RecordTypes[T];
}

function checkPhotoFile(read: RowReader, file: Record<"mediaType" | "bytes" | "sha256", unknown>) {
  const { mediaType, bytes, sha256 } = file;
  if (!MEDIA_TYPES.includes(mediaType as Photo["mediaType"]))
    read.fail("data.mediaType", "expected image/jpeg or image/png");
  if (!Number.isSafeInteger(bytes) || (bytes as number) < 0)
    read.fail("data.bytes", "expected a byte count");
  if (typeof sha256 !== "string" || !/^[0-9a-f]{64}$/.test(sha256))
    read.fail("data.sha256", "expected a SHA-256 in hex");
  return { mediaType, bytes, sha256 } as Pick<Photo, "mediaType" | "bytes" | "sha256">;
}

export function decodeDueSession(row: Row): DueSession {
  const read = new RowReader("courses", row);
  return {
    courseId: read.id,
    label: read.nullableText("label"),
    date: read.text("next_due"),
    number:
      read.nullableInt("next_due_number") ??
      read.fail("next_due_number", "missing beside a due date"),
  };
}
