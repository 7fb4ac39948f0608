import { makePalette, wantsColour } from "./colour.js";
import { defaultTimeZone } from "./default-time-zone.js";
import { reportFailure, reportInvalid } from "./failure.js";
import { MAIN_HELP, USAGE } from "./help-text.js";
import type { Io } from "./io.js";
import { runPlanCommand } from "./plan-command.js";
import { producePlan } from "./produce-plan.js";
import { renderPlanText } from "./render-plan-text.js";
import { runRulesCommand } from "./rules-command.js";
import { SAMPLE_INTRO, SAMPLE_REQUEST } from "./sample-request.js";
import { TEXT_WIDTH, wrapText } from "./wrap-text.js";
import packageJson from "../package.json" with { type: "json" };

/** `mnplan` alone without a terminal: a sample plan and how to use mnplan (what `npm start` shows in CI). */
function runSample(io: Io): number {
  const planned = producePlan(SAMPLE_REQUEST, {
    now: io.now(),
    defaultZone: () => defaultTimeZone(io.env),
    flagFields: new Set<string>(),
  });
  if (!planned.ok) return reportFailure(io, planned.failure);
  const layout = { palette: makePalette(wantsColour(io)), width: TEXT_WIDTH };
  const text = renderPlanText(planned.value.plan, planned.value.request, layout);
  io.stdout.write(`${wrapText(SAMPLE_INTRO, TEXT_WIDTH)}\n\n${text}\n${USAGE}`);
  return 0;
}

/**
 * The `mnplan` command line: runs one command against `io` and returns the exit status
 * (0 a plan or an answer, 2 invalid input, 1 anything else). Never exits the process itself.
 * The journal commands load with their database only when one of them runs.
 */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case undefined:
      return io.stdin.isTTY ? runPlanCommand([], io) : runSample(io);
    case "plan":
      return runPlanCommand(rest, io);
    case "rules":
      return runRulesCommand(rest, io);
    case "course":
    case "session":
    case "checkin":
    case "rate":
    case "export": {
      // Loaded on demand: the journal brings the database, which planning never needs.
      const { runJournalCommand } = await import("./journal-commands.js");
      return runJournalCommand(command, rest, io);
    }
    case "--help":
    case "-h":
    case "help":
      io.stdout.write(MAIN_HELP);
      return 0;
    case "--version":
    case "-v":
      io.stdout.write(`${packageJson.version}\n`);
      return 0;
    default:
      return reportInvalid(
        io,
        "unknown-command",
        command,
        "Unknown command; use plan, rules, course, session, checkin, rate or export (mnplan --help)",
      );
  }
}
