import type { RulePack } from "@mnplan/core";
import { reportFailure, reportInvalid } from "./failure.js";
import type { Io } from "./io.js";
import { loadPackFile } from "./load-pack-file.js";
import { count } from "./text-layout.js";

function summarise(pack: RulePack): string {
  const parts = [
    count(pack.sessions.length, "session rule"),
    count(pack.factors.length, "factor"),
    count(pack.depth.rules.length, "depth rule"),
    count(pack.screening.length, "screening item"),
    count(pack.prep.length, "prep step"),
    count(pack.aftercare.length, "aftercare step"),
    count(pack.milestones.length, "milestone"),
    count(pack.maintenance.length, "maintenance rule"),
    count(Object.keys(pack.sources).length, "source"),
  ];
  return `  ${pack.id} ${pack.version}: ${pack.name}\n  ${parts.join(", ")}\n`;
}

/** `mnplan rules validate FILE`: OK with a summary, or every problem as `path: message` with status 2. */
export async function validateCommand(file: string | undefined, io: Io): Promise<number> {
  if (file === undefined)
    return reportInvalid(
      io,
      "required",
      "FILE",
      "Give the path of a rule pack file, e.g. mnplan rules validate my-pack.json",
    );
  const loaded = await loadPackFile(file, io, file);
  if (!loaded.ok) return reportFailure(io, loaded.failure);
  io.stdout.write(`OK: ${file} is a valid rule pack.\n${summarise(loaded.value)}`);
  return 0;
}
