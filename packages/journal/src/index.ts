export { createCourse, type NewCourse } from "./create-course.js";
export { reviseCourse, type Revised, type ReviseOptions } from "./revise-course.js";
export { findNextDue } from "./next-due.js";
export { buildJournalCsv } from "./build-journal-csv.js";
export {
  recordEntry,
  revise,
  type Entry,
  type JournalContext,
  type RecordOutcome,
  type Standing,
} from "./record-entry.js";
