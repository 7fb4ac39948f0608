import { errorIssue } from "@mnplan/core";
import { invalid, reportFailure } from "./failure.js";
import type { Io } from "./io.js";
import { withJournal } from "./open-journal.js";
import { readCourseId, reportUnknownCourse } from "./read-course-id.js";
import type { Flags } from "./read-flags.js";

const CONFIRM = errorIssue(
  "confirmation-required",
  "--yes",
  "Deleting a course removes it, everything recorded for it and its photo files for good: add --yes to confirm",
);

/** `mnplan course delete ID --yes`: deletes a course, its journal and its photo files. */
export async function runCourseDelete(flags: Flags, io: Io): Promise<number> {
  const { id, issues } = readCourseId(flags);
  const all = [...flags.issues, ...issues, ...(flags.booleans.has("yes") ? [] : [CONFIRM])];
  if (id === undefined || all.length > 0) return reportFailure(io, invalid(all).failure);
  return withJournal(flags, io, async ({ repository, photos }) => {
    const deleted = await repository.withCourseLock(id, () => repository.deleteCourse(id));
    if (!deleted) return reportUnknownCourse(io, id);
    await photos.deleteCourse(id);
    io.stdout.write(`Deleted course ${id}, everything recorded for it and its photo files.\n`);
    return 0;
  });
}
