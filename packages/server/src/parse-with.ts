import { formatPath, type Issue, type Result } from "@mnplan/core";
import type * as z from "zod";

/**
 * Parses a value with a schema, its failures as our issues under `prefix` (`body`, `params`, …).
 * The mapping follows core's own for plan requests: an unknown key gets its own path, and a
 * missing field is `required`.
 */
export function parseWith<T>(
  schema: z.ZodType<T>,
  input: unknown,
  prefix: readonly PropertyKey[] = [],
): Result<T> {
  const parsed = schema.safeParse(input, { reportInput: true });
  if (parsed.success) return { ok: true, value: parsed.data, issues: [] };
  return { ok: false, issues: toIssues(parsed.error.issues, prefix) };
}

function toIssues(issues: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[]): Issue[] {
  return issues.flatMap((issue): Issue[] => {
    const path = [...prefix, ...issue.path];
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({
        code: "unknown-field",
        path: formatPath([...path, key]),
        message: `Unknown field "${key}"`,
        severity: "error",
      }));
    }
    const missing =
      (issue.code === "invalid_type" || issue.code === "invalid_value") &&
      issue.input === undefined;
    return [
      {
        code: missing ? "required" : codeOf(issue.code),
        path: formatPath(path),
        message: missing ? "Required" : issue.message,
        severity: "error",
      },
    ];
  });
}

function codeOf(code: z.core.$ZodIssue["code"]): string {
  switch (code) {
    case "invalid_type":
      return "invalid-type";
    case "too_small":
      return "too-small";
    case "too_big":
      return "too-big";
    case "invalid_format":
      return "invalid-format";
    case "invalid_value":
    case "custom":
      return "invalid-value";
    default:
      return "invalid";
  }
}
