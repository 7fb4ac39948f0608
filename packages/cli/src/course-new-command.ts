import { randomUUID } from "node:crypto";
import {
  errorIssue,
  parsePlanRequest,
  resolvePack,
  type Course,
  type Issue,
  type PlanRequest,
  type PlanRequestInput,
} from "@mnplan/core";
import { createCourse } from "@mnplan/journal";
import { buildRequestFromFlags, hasPersonFlags } from "./build-request-from-flags.js";
import { mergeRequests } from "./complete-request.js";
import { defaultTimeZone } from "./default-time-zone.js";
import { invalid, reportFailure, type Outcome } from "./failure.js";
import type { Io } from "./io.js";
import { withJournal } from "./open-journal.js";
import { prepareRequest, withFlagNames, type PlanContext } from "./produce-plan.js";
import { readNoArguments } from "./read-course-id.js";
import { lastString, type Flags } from "./read-flags.js";
import { readFormatFlag } from "./read-format-flag.js";
import { readRequestInput } from "./read-request-input.js";
import { renderCourseCreated } from "./render-course-created.js";

const NO_REQUEST = errorIssue(
  "required",
  "--input",
  "No request given: pass --input FILE, or flags such as --concern (mnplan course new --help)",
);

/** The raw request: an input file (flags laid over it), the flags alone, or piped standard input. */
async function readRawRequest(
  flags: Flags,
  fields: Record<string, unknown>,
  io: Io,
): Promise<Outcome<unknown>> {
  const input = lastString(flags, "input");
  if (input === undefined && hasPersonFlags(flags)) return { ok: true, value: fields };
  if (input === undefined && io.stdin.isTTY) return invalid([NO_REQUEST]);
  const read = await readRequestInput(input ?? "-", io);
  return read.ok ? { ok: true, value: mergeRequests(read.value, fields) } : read;
}

function readLabel(flags: Flags): { label: string | null; issues: Issue[] } {
  const label = lastString(flags, "label")?.trim();
  if (label === undefined) return { label: null, issues: [] };
  if (label.length >= 1 && label.length <= 120) return { label, issues: [] };
  return {
    label: null,
    issues: [errorIssue("invalid-label", "--label", "Give a label of 1 to 120 characters")],
  };
}

/** The course a request makes: completed at the edge, parsed once, planned with its shipped pack. */
function makeCourse(
  raw: unknown,
  label: string | null,
  context: PlanContext,
): Outcome<{ course: Course; request: PlanRequest }> {
  const input = prepareRequest(raw, context);
  const parsed = parsePlanRequest(input);
  const pack = parsed.ok ? resolvePack(parsed.value.rules) : parsed;
  if (!parsed.ok || !pack.ok) {
    const issues = withFlagNames(pack.issues, context.flagFields);
    const count = issues.length;
    return invalid(issues, `The request is not valid (${count} problem${count > 1 ? "s" : ""}):`);
  }
  const course = createCourse({
    id: randomUUID(),
    createdAt: new Date(context.now).toISOString(),
    label,
    input: input as PlanRequestInput,
    request: parsed.value,
    pack: pack.value,
  });
  return { ok: true, value: { course, request: parsed.value } };
}

/** `mnplan course new`: starts a course in the local journal from a request. */
export async function runCourseNew(flags: Flags, io: Io): Promise<number> {
  const output = readFormatFlag(flags, ["text", "json"]);
  const fields = buildRequestFromFlags(flags);
  const rules = lastString(flags, "rules")?.trim();
  if (rules !== undefined) fields.request.rules = rules;
  const label = readLabel(flags);
  const issues = [
    ...flags.issues,
    ...readNoArguments(flags),
    ...output.issues,
    ...fields.issues,
    ...label.issues,
  ];
  if (issues.length > 0) return reportFailure(io, invalid(issues).failure);
  const raw = await readRawRequest(flags, fields.request, io);
  if (!raw.ok) return reportFailure(io, raw.failure);
  const onlyFlags = lastString(flags, "input") === undefined && hasPersonFlags(flags);
  const made = makeCourse(raw.value, label.label, {
    now: io.now(),
    defaultZone: () => defaultTimeZone(io.env),
    flagFields: onlyFlags ? "all" : new Set(Object.keys(fields.request)),
  });
  if (!made.ok) return reportFailure(io, made.failure);
  const { course, request } = made.value;
  return withJournal(flags, io, async (journal) => {
    await journal.repository.createCourse(course);
    io.stdout.write(
      output.format === "json"
        ? `${JSON.stringify(course, null, 2)}\n`
        : renderCourseCreated(course, request, { io, dataDir: lastString(flags, "data-dir") }),
    );
    return 0;
  });
}
