/** How serious an issue is: an `error` stops the operation, a `warning` does not. */
export type Severity = "error" | "warning";

/** One problem with an input, pinned to the offending field by its path (`concerns[0].severity`). */
export interface Issue {
  readonly code: string;
  readonly path: string;
  readonly message: string;
  readonly severity: Severity;
}

/** An expected outcome as a value: a result, or the issues that prevented it. */
export type Result<T> =
  | { readonly ok: true; readonly value: T; readonly issues: readonly Issue[] }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/** Formats a path of keys and indexes the way the contract spells it. @example formatPath(["concerns", 0, "severity"]) === "concerns[0].severity" */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out === "" ? String(key) : `.${String(key)}`;
  }
  return out;
}

/** An error issue. */
export function errorIssue(code: string, path: string, message: string): Issue {
  return { code, path, message, severity: "error" };
}
