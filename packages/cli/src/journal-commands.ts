// The journal commands, loaded only when one of them runs: they bring the database with them, which
// `mnplan plan` must never pay for at start-up.
import { runCourseDelete } from "./course-delete-command.js";
import { runCourseList } from "./course-list-command.js";
import { runCourseNew } from "./course-new-command.js";
import { runCourseShow } from "./course-show-command.js";
import { runExport } from "./export-command.js";
import { reportInvalid } from "./failure.js";
import type { Io } from "./io.js";
import {
  CHECKIN_FLAGS,
  COURSE_DELETE_FLAGS,
  COURSE_NEW_FLAGS,
  COURSE_READ_FLAGS,
  EXPORT_FLAGS,
  RATE_FLAGS,
  SESSION_LOG_FLAGS,
} from "./journal-flags.js";
import {
  CHECKIN_HELP,
  COURSE_DELETE_HELP,
  COURSE_HELP,
  COURSE_LIST_HELP,
  COURSE_NEW_HELP,
  COURSE_SHOW_HELP,
  EXPORT_HELP,
  RATE_HELP,
  SESSION_HELP,
} from "./journal-help-text.js";
import { readFlags, type FlagSpecs, type Flags } from "./read-flags.js";
import { CHECK_IN_ENTRY, RATING_ENTRY, runRecordCommand, SESSION_ENTRY } from "./record-command.js";

interface JournalCommand {
  readonly flags: FlagSpecs;
  readonly help: string;
  readonly run: (flags: Flags, io: Io) => Promise<number>;
}

const COMMANDS: Readonly<Record<string, JournalCommand>> = {
  "course new": { flags: COURSE_NEW_FLAGS, help: COURSE_NEW_HELP, run: runCourseNew },
  "course list": { flags: COURSE_READ_FLAGS, help: COURSE_LIST_HELP, run: runCourseList },
  "course show": { flags: COURSE_READ_FLAGS, help: COURSE_SHOW_HELP, run: runCourseShow },
  "course delete": { flags: COURSE_DELETE_FLAGS, help: COURSE_DELETE_HELP, run: runCourseDelete },
  "session log": {
    flags: SESSION_LOG_FLAGS,
    help: SESSION_HELP,
    run: (flags, io) => runRecordCommand(SESSION_ENTRY, flags, io),
  },
  checkin: {
    flags: CHECKIN_FLAGS,
    help: CHECKIN_HELP,
    run: (flags, io) => runRecordCommand(CHECK_IN_ENTRY, flags, io),
  },
  rate: {
    flags: RATE_FLAGS,
    help: RATE_HELP,
    run: (flags, io) => runRecordCommand(RATING_ENTRY, flags, io),
  },
  export: { flags: EXPORT_FLAGS, help: EXPORT_HELP, run: runExport },
};

/** Commands that take a second word: their help and the words they know. */
const GROUPS: Readonly<Record<string, { help: string; words: readonly string[] }>> = {
  course: { help: COURSE_HELP, words: ["new", "list", "show", "delete"] },
  session: { help: SESSION_HELP, words: ["log"] },
};

const isHelp = (word: string | undefined): boolean =>
  word === "--help" || word === "-h" || word === "help";

/** Runs a journal command (`course new`, `session log`, `checkin`, …) and returns its exit status. */
export async function runJournalCommand(
  command: string,
  args: readonly string[],
  io: Io,
): Promise<number> {
  const group = GROUPS[command];
  let name = command;
  let rest = args;
  if (group !== undefined) {
    const [word, ...after] = args;
    if (isHelp(word)) {
      io.stdout.write(group.help);
      return 0;
    }
    const known = group.words.join(", ");
    if (word === undefined)
      return reportInvalid(io, "missing-command", command, `Give a command: ${known}`);
    if (!group.words.includes(word))
      return reportInvalid(io, "unknown-command", word, `Unknown command; use ${command} ${known}`);
    name = `${command} ${word}`;
    rest = after;
  }
  const chosen = COMMANDS[name];
  if (chosen === undefined) return reportInvalid(io, "unknown-command", command, "Unknown command");
  const flags = readFlags(rest, chosen.flags);
  if (flags.booleans.has("help")) {
    io.stdout.write(chosen.help);
    return 0;
  }
  return chosen.run(flags, io);
}
