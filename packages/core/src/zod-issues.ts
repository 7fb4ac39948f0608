import type * as z from "zod";
import { formatPath, type Issue } from "./issue.js";

/** Turns schema failures into our issues, one per offending field (an unknown key gets its own path). */
export function fromZodIssues(
  issues: readonly z.core.$ZodIssue[],
  prefix: readonly PropertyKey[] = [],
): Issue[] {
  const out: Issue[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        out.push({
          code: "unknown-field",
          path: formatPath([...path, key]),
          message: `Unknown field "${key}"`,
          severity: "error",
        });
      }
      continue;
    }
    if (issue.code === "invalid_union" && issue.errors.length > 0) {
      // Report the branch that got furthest: the one whose issues are fewest.
      const best = [...issue.errors].sort((a, b) => a.length - b.length)[0];
      if (best && best.length > 0 && best.every((inner) => inner.path.length > 0)) {
        out.push(...fromZodIssues(best, path));
        continue;
      }
    }
    out.push({
      code: codeOf(issue),
      path: formatPath(path),
      message: messageOf(issue),
      severity: "error",
    });
  }
  return out;
}

function codeOf(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined ? "required" : "invalid-type";
    case "too_small":
      return "too-small";
    case "too_big":
      return "too-big";
    case "invalid_value":
      // A missing enum field is reported as an invalid option; to the reader it is missing.
      return issue.input === undefined ? "required" : "invalid-value";
    case "invalid_format":
      return "invalid-format";
    case "custom":
      return "invalid-value";
    default:
      return "invalid";
  }
}

function messageOf(issue: z.core.$ZodIssue): string {
  if (
    (issue.code === "invalid_type" || issue.code === "invalid_value") &&
    issue.input === undefined
  ) {
    return "Required";
  }
  return issue.message;
}
