import {
  CheckInInputSchema,
  PerformedSessionInputSchema,
  ProgressRatingInputSchema,
  todayInZone,
  type Course,
  type Issue,
} from "@mnplan/core";
import { recordEntry, type Entry, type RecordOutcome } from "@mnplan/journal";
import { makePalette, wantsColour } from "./colour.js";
import { invalid, reportFailure } from "./failure.js";
import type { Io } from "./io.js";
import { withJournal } from "./open-journal.js";
import { parseEntry, withEntryFlag } from "./parse-entry.js";
import { readCourseId, reportUnknownCourse } from "./read-course-id.js";
import {
  CHECK_IN_FLAG_FOR,
  RATING_FLAG_FOR,
  readCheckInFlags,
  readRatingFlags,
  readSessionFlags,
  SESSION_FLAG_FOR,
  type EntryFields,
} from "./read-entry-flags.js";
import type { Flags } from "./read-flags.js";
import { readFormatFlag } from "./read-format-flag.js";
import { renderRecorded } from "./render-recorded-text.js";
import { TEXT_WIDTH } from "./wrap-text.js";

type Parsed = { ok: true; value: Entry } | { ok: false; issues: Issue[] };

/** How one kind of journal entry is read from flags, completed from its course and parsed. */
export interface EntryKind {
  readonly noun: string;
  readonly read: (flags: Flags) => EntryFields;
  /** Defaults that come from the course (the date, today in its zone, is added for every kind). */
  readonly defaults: (course: Course) => Readonly<Record<string, unknown>>;
  readonly parse: (raw: Readonly<Record<string, unknown>>) => Parsed;
}

export const SESSION_ENTRY: EntryKind = {
  noun: "session",
  read: readSessionFlags,
  defaults: (course) => ({ setting: course.current.plan.setting }),
  parse: (raw) => {
    const parsed = parseEntry(PerformedSessionInputSchema, raw, SESSION_FLAG_FOR);
    return parsed.ok ? { ok: true, value: { kind: "session", input: parsed.value } } : parsed;
  },
};

export const CHECK_IN_ENTRY: EntryKind = {
  noun: "check-in",
  read: readCheckInFlags,
  defaults: () => ({}),
  parse: (raw) => {
    const parsed = parseEntry(CheckInInputSchema, raw, CHECK_IN_FLAG_FOR);
    return parsed.ok ? { ok: true, value: { kind: "check-in", input: parsed.value } } : parsed;
  },
};

export const RATING_ENTRY: EntryKind = {
  noun: "rating",
  read: readRatingFlags,
  defaults: () => ({}),
  parse: (raw) => {
    const parsed = parseEntry(ProgressRatingInputSchema, raw, RATING_FLAG_FOR);
    return parsed.ok ? { ok: true, value: { kind: "rating", input: parsed.value } } : parsed;
  },
};

const headline = (noun: string, count: number): string =>
  `The ${noun} is not valid (${count} problem${count > 1 ? "s" : ""}):`;

/** What recording came to, printed: the record, warnings and standing; or why nothing was kept. */
function reportOutcome(
  outcome: RecordOutcome,
  context: { io: Io; id: string; format: "text" | "json"; entry: Entry },
): number {
  const { io, id } = context;
  if (!outcome.ok && outcome.reason === "not-found") return reportUnknownCourse(io, id);
  if (!outcome.ok) {
    const issues = outcome.issues.map((issue) => withEntryFlag(issue, { date: "--date" }));
    return reportFailure(
      io,
      invalid(issues, `The ${context.entry.kind} was not recorded:`).failure,
    );
  }
  const { record, warnings, plan } = outcome;
  if (context.format === "json") {
    io.stdout.write(`${JSON.stringify({ record, warnings, plan }, null, 2)}\n`);
    return 0;
  }
  const layout = { palette: makePalette(wantsColour(io)), width: TEXT_WIDTH };
  io.stdout.write(renderRecorded(context.entry, outcome, layout));
  return 0;
}

/** `mnplan session log`, `mnplan checkin`, `mnplan rate`: records an entry and prints where the plan stands. */
export async function runRecordCommand(kind: EntryKind, flags: Flags, io: Io): Promise<number> {
  const output = readFormatFlag(flags, ["text", "json"]);
  const { id, issues: idIssues } = readCourseId(flags);
  const read = kind.read(flags);
  const issues = [...flags.issues, ...idIssues, ...output.issues, ...read.issues];
  if (id === undefined || issues.length > 0) return reportFailure(io, invalid(issues).failure);
  return withJournal(flags, io, async (journal) => {
    const course = await journal.repository.getCourse(id);
    if (!course) return reportUnknownCourse(io, id);
    const today = todayInZone(journal.now(), course.current.plan.timeZone);
    const parsed = kind.parse({ date: today, ...kind.defaults(course), ...read.fields });
    if (!parsed.ok)
      return reportFailure(
        io,
        invalid(parsed.issues, headline(kind.noun, parsed.issues.length)).failure,
      );
    const outcome = await recordEntry(journal, id, parsed.value);
    return reportOutcome(outcome, { io, id, format: output.format, entry: parsed.value });
  });
}
