import { errorIssue, type Issue } from "@mnplan/core";
import { lastString, type Flags } from "./read-flags.js";

/** The `--format` value among `formats` (the first is the default), or an issue. */
export function readFormatFlag<T extends string>(
  flags: Flags,
  formats: readonly [T, ...T[]],
): { format: T; issues: Issue[] } {
  const given = lastString(flags, "format") ?? formats[0];
  if ((formats as readonly string[]).includes(given)) return { format: given as T, issues: [] };
  return {
    format: formats[0],
    issues: [
      errorIssue(
        "invalid-format",
        "--format",
        `"${given}" is not a format here; use ${formats.join(" or ")}`,
      ),
    ],
  };
}
