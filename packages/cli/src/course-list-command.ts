import type { CourseSummary } from "@mnplan/store";
import { invalid, reportFailure } from "./failure.js";
import { formatDate } from "./format-date.js";
import type { Io } from "./io.js";
import { withJournal, type Journal } from "./open-journal.js";
import { readNoArguments } from "./read-course-id.js";
import type { Flags } from "./read-flags.js";
import { readFormatFlag } from "./read-format-flag.js";

const PAGE = 1000;

async function listAll({ repository }: Journal): Promise<CourseSummary[]> {
  const all: CourseSummary[] = [];
  let after: string | undefined;
  do {
    const page = await repository.listCourses(
      after === undefined ? { limit: PAGE } : { limit: PAGE, after },
    );
    all.push(...page.items);
    after = page.next;
  } while (after !== undefined);
  return all;
}

/** The courses as a table: id, label, state, next session due. */
export function renderCourseTable(courses: readonly CourseSummary[]): string {
  if (courses.length === 0) return "No courses yet: mnplan course new starts one.\n";
  const rows = courses.map((course) => [
    course.id,
    course.label ?? "—",
    course.state,
    course.nextDue === null ? "—" : formatDate(course.nextDue),
  ]);
  const header = ["ID", "Label", "State", "Next due"];
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)),
  );
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join("  ")
      .trimEnd();
  return `${[line(header), ...rows.map(line)].join("\n")}\n`;
}

/** `mnplan course list`: every course in the journal, oldest first. */
export async function runCourseList(flags: Flags, io: Io): Promise<number> {
  const output = readFormatFlag(flags, ["text", "json"]);
  const issues = [...flags.issues, ...readNoArguments(flags), ...output.issues];
  if (issues.length > 0) return reportFailure(io, invalid(issues).failure);
  return withJournal(flags, io, async (journal) => {
    const courses = await listAll(journal);
    io.stdout.write(
      output.format === "json"
        ? `${JSON.stringify(courses, null, 2)}\n`
        : renderCourseTable(courses),
    );
    return 0;
  });
}
