import { errorIssue, type Issue } from "@mnplan/core";
import { reportInvalid } from "./failure.js";
import type { Io } from "./io.js";
import type { Flags } from "./read-flags.js";

/** The course id a command names: exactly one argument, its issues at `ID`. */
export function readCourseId(flags: Flags): { id?: string; issues: Issue[] } {
  const [id, ...extra] = flags.positionals;
  const issues = extra.map((word) =>
    errorIssue("unexpected-argument", word, "Unexpected argument"),
  );
  if (id === undefined || id.trim() === "")
    return {
      issues: [
        errorIssue("required", "ID", "Give the course's id (mnplan course list shows them)"),
        ...issues,
      ],
    };
  return { id: id.trim(), issues };
}

/** Reports an id with no course behind it (status 2). */
export function reportUnknownCourse(io: Io, id: string): number {
  return reportInvalid(
    io,
    "unknown-course",
    "ID",
    `No course "${id}" in this database (mnplan course list shows them)`,
  );
}

/** No arguments expected: each one is an issue. */
export function readNoArguments(flags: Flags): Issue[] {
  return flags.positionals.map((word) =>
    errorIssue("unexpected-argument", word, "Unexpected argument"),
  );
}
