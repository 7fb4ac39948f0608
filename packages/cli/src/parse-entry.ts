import { formatPath, type Issue } from "@mnplan/core";
import type * as z from "zod";

/** Adds the flag that sets a field to its path: `redness (--redness)`, `depthByArea[0].depthMm (--depth)`. */
export function withEntryFlag(issue: Issue, flagFor: Readonly<Record<string, string>>): Issue {
  const field = Object.keys(flagFor)
    .filter(
      (key) =>
        issue.path === key || issue.path.startsWith(`${key}.`) || issue.path.startsWith(`${key}[`),
    )
    .sort((a, b) => b.length - a.length)[0];
  const flag = field === undefined ? undefined : flagFor[field];
  return flag === undefined ? issue : { ...issue, path: `${issue.path} (${flag})` };
}

function toIssue(issue: z.core.$ZodIssue): Issue {
  const missing =
    (issue.code === "invalid_type" || issue.code === "invalid_value") && issue.input === undefined;
  return {
    code: missing ? "required" : issue.code.replaceAll("_", "-"),
    path: formatPath(issue.path),
    message: missing ? "Required" : issue.message,
    severity: "error",
  };
}

/**
 * Parses an entry built from flags once, with core's schema; each issue names the field by its path
 * and the flag that sets it.
 */
export function parseEntry<T>(
  schema: z.ZodType<T>,
  raw: Readonly<Record<string, unknown>>,
  flagFor: Readonly<Record<string, string>>,
): { ok: true; value: T } | { ok: false; issues: Issue[] } {
  const parsed = schema.safeParse(raw, { reportInput: true });
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    issues: parsed.error.issues.map((issue) => withEntryFlag(toIssue(issue), flagFor)),
  };
}
