import { wantsColour } from "./colour.js";
import type { Io } from "./io.js";
import type { PlannedRequest } from "./produce-plan.js";
import { renderPlan, type Format } from "./render-plan.js";
import { writeOutput } from "./write-output.js";

/** How to write the plan: its format, and the file (or standard output when undefined). */
export interface OutputChoice {
  readonly format: Format;
  readonly out: string | undefined;
}

/** Writes a plan in the chosen format; colour only for text to a terminal. Returns the exit status. */
export async function writePlan(
  planned: PlannedRequest,
  output: OutputChoice,
  io: Io,
): Promise<number> {
  const colour = output.format === "text" && output.out === undefined && wantsColour(io);
  const options = { format: output.format, now: io.now(), colour };
  const text = renderPlan(
    planned.plan,
    planned.request ? { ...options, request: planned.request } : options,
  );
  return writeOutput(io, text, output.out, `the plan (${output.format})`);
}
