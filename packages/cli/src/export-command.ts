import { buildCalendar, type CourseHistory } from "@mnplan/core";
import { buildJournalCsv } from "@mnplan/journal";
import { invalid, reportFailure } from "./failure.js";
import type { Io } from "./io.js";
import { withJournal } from "./open-journal.js";
import { readCourseId, reportUnknownCourse } from "./read-course-id.js";
import { lastString, type Flags } from "./read-flags.js";
import { readFormatFlag } from "./read-format-flag.js";
import { writeOutput } from "./write-output.js";

const FORMATS = ["json", "csv", "ics"] as const;
type ExportFormat = (typeof FORMATS)[number];

/**
 * A course's data in one format: everything as JSON (as the API's export.json), the journal as CSV,
 * or the current plan as a calendar whose UIDs stay the course's and whose SEQUENCE is the revision.
 */
export function buildExport(history: CourseHistory, format: ExportFormat, now: number): string {
  const { course } = history;
  switch (format) {
    case "json":
      return `${JSON.stringify({ exportedAt: new Date(now).toISOString(), ...history }, null, 2)}\n`;
    case "csv":
      return buildJournalCsv(history);
    case "ics":
      return buildCalendar(course.current.plan, {
        generatedAt: now,
        uidNamespace: course.id,
        sequence: course.current.number,
        calendarName:
          course.label === null ? "Microneedling plan" : `Microneedling: ${course.label}`,
      });
  }
}

/** `mnplan export ID`: a course's data as JSON, CSV or iCalendar, to standard output or `--out`. */
export async function runExport(flags: Flags, io: Io): Promise<number> {
  const output = readFormatFlag(flags, FORMATS);
  const { id, issues } = readCourseId(flags);
  const all = [...flags.issues, ...issues, ...output.issues];
  if (id === undefined || all.length > 0) return reportFailure(io, invalid(all).failure);
  return withJournal(flags, io, async ({ repository }) => {
    const history = await repository.getHistory(id);
    if (!history) return reportUnknownCourse(io, id);
    const text = buildExport(history, output.format, io.now());
    return writeOutput(io, text, lastString(flags, "out"), `the course's ${output.format}`);
  });
}
