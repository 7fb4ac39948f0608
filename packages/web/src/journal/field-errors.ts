import type { ProblemIssue } from "../lib/api";

/** Messages by the id of the input they belong to, and those that belong to no input. */
export interface FieldErrors {
  readonly byField: Readonly<Record<string, string>>;
  readonly other: readonly string[];
}

export const NO_ERRORS: FieldErrors = { byField: {}, other: [] };

/** Sorts a problem's issues onto the inputs `fieldOf` names for their paths. */
export function sortIssues(
  issues: readonly Pick<ProblemIssue, "path" | "message">[],
  fieldOf: (path: string) => string | undefined,
): FieldErrors {
  const byField: Record<string, string> = {};
  const other: string[] = [];
  for (const issue of issues) {
    const field = fieldOf(issue.path);
    if (field === undefined) other.push(issue.message);
    else byField[field] = byField[field] ? `${byField[field]} ${issue.message}` : issue.message;
  }
  return { byField, other };
}

/** The first part of an issue path: `depthByArea[0].depthMm` → `depthByArea`. */
export function topOf(path: string): string {
  return path.split(/[.[]/)[0] ?? "";
}

/** The first index in an issue path: `depthByArea[2].depthMm` → 2. */
export function indexOf(path: string): number | undefined {
  const match = /\[(\d+)\]/.exec(path);
  return match ? Number(match[1]) : undefined;
}
