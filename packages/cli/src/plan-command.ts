import { errorIssue, type Issue } from "@mnplan/core";
import { buildRequestFromFlags, hasPersonFlags } from "./build-request-from-flags.js";
import { mergeRequests } from "./complete-request.js";
import { defaultTimeZone } from "./default-time-zone.js";
import { invalid, reportFailure, type Outcome } from "./failure.js";
import { PLAN_HELP } from "./help-text.js";
import type { Io } from "./io.js";
import { choosePack, type PackChoice } from "./load-pack-file.js";
import { PLAN_FLAGS } from "./plan-flags.js";
import { runQuestionnaireCommand } from "./questionnaire-command.js";
import { producePlan, requestIssuesBeside, type PlanContext } from "./produce-plan.js";
import { lastString, readFlags, type Flags } from "./read-flags.js";
import { readRequestInput } from "./read-request-input.js";
import { FORMATS, type Format } from "./render-plan.js";
import { writePlan, type OutputChoice } from "./write-plan.js";

function readOutputChoice(flags: Flags): { choice: OutputChoice; issues: Issue[] } {
  const format = lastString(flags, "format") ?? "text";
  const issues = flags.positionals.map((word) =>
    errorIssue("unexpected-argument", word, "Unexpected argument"),
  );
  if (!(FORMATS as readonly string[]).includes(format))
    issues.push(
      errorIssue(
        "invalid-format",
        "--format",
        `"${format}" is not a format; use ${FORMATS.join(", ")}`,
      ),
    );
  return { choice: { format: format as Format, out: lastString(flags, "out") }, issues };
}

/** The edge's context: the clock, the zone to assume and the chosen pack. */
export async function readContext(
  flags: Flags,
  io: Io,
  flagFields: PlanContext["flagFields"],
): Promise<Outcome<PlanContext>> {
  const rules = lastString(flags, "rules");
  let pack: PackChoice | undefined;
  if (rules !== undefined) {
    const chosen = await choosePack(rules, io);
    if (!chosen.ok) return chosen;
    pack = chosen.value;
  }
  return {
    ok: true,
    value: { now: io.now(), defaultZone: () => defaultTimeZone(io.env), pack, flagFields },
  };
}

/** The raw request: from --input, from flags, or piped in; undefined means "ask" (a terminal with nothing given). */
async function readRawRequest(
  flags: Flags,
  fields: Record<string, unknown>,
  io: Io,
): Promise<Outcome<unknown> | undefined> {
  const input =
    lastString(flags, "input") ?? (hasPersonFlags(flags) || io.stdin.isTTY ? undefined : "-");
  if (input === undefined) return hasPersonFlags(flags) ? { ok: true, value: fields } : undefined;
  const read = await readRequestInput(input, io);
  return read.ok ? { ok: true, value: mergeRequests(read.value, fields) } : read;
}

/** `mnplan plan`: a plan from a file, standard input, flags or the questionnaire. */
export async function runPlanCommand(args: readonly string[], io: Io): Promise<number> {
  const flags = readFlags(args, PLAN_FLAGS);
  if (flags.booleans.has("help")) {
    io.stdout.write(PLAN_HELP);
    return 0;
  }
  const output = readOutputChoice(flags);
  const fields = buildRequestFromFlags(flags);
  const onlyFlags = hasPersonFlags(flags) && lastString(flags, "input") === undefined;
  const flagIssues = [...flags.issues, ...output.issues, ...fields.issues];
  if (flagIssues.length > 0) return reportFlagIssues(flagIssues, flags, fields.request, io);
  const context = await readContext(
    flags,
    io,
    onlyFlags ? "all" : new Set(Object.keys(fields.request)),
  );
  if (!context.ok) return reportFailure(io, context.failure);
  const raw = await readRawRequest(flags, fields.request, io);
  if (raw === undefined) {
    return runQuestionnaireCommand(io, context.value, output.choice, fields.request);
  }
  if (!raw.ok) return reportFailure(io, raw.failure);
  const planned = producePlan(raw.value, context.value);
  if (!planned.ok) return reportFailure(io, planned.failure);
  return writePlan(planned.value, output.choice, io);
}

/** Reports every flag mistake, and for a request made only of flags, the request's own issues beside them. */
async function reportFlagIssues(
  flagIssues: readonly Issue[],
  flags: Flags,
  fields: Record<string, unknown>,
  io: Io,
): Promise<number> {
  const fromFlagsOnly = hasPersonFlags(flags) && lastString(flags, "input") === undefined;
  let beside: Issue[] = [];
  if (fromFlagsOnly) {
    const context = await readContext(flags, io, "all");
    if (context.ok) beside = requestIssuesBeside(flagIssues, fields, context.value);
  }
  return reportFailure(io, invalid([...flagIssues, ...beside]).failure);
}
