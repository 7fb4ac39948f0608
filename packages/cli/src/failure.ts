import { errorIssue, type Issue } from "@mnplan/core";
import type { Io } from "./io.js";

/**
 * Why a command made nothing: `invalid` input (the person can fix what they typed or sent) or a
 * `failed` operation (a file that cannot be read, say).
 */
export interface Failure {
  readonly kind: "invalid" | "failed";
  readonly issues: readonly Issue[];
  /** A line printed before the issues. */
  readonly headline?: string;
}

/** A value or the failure that prevented it. */
export type Outcome<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly failure: Failure };

export function invalid(
  issues: readonly Issue[],
  headline?: string,
): { ok: false; failure: Failure } {
  return {
    ok: false,
    failure:
      headline === undefined ? { kind: "invalid", issues } : { kind: "invalid", issues, headline },
  };
}

export function failed(path: string, message: string): { ok: false; failure: Failure } {
  return {
    ok: false,
    failure: { kind: "failed", issues: [{ code: "failed", path, message, severity: "error" }] },
  };
}

/** The one place a failure becomes an exit status (contract.md): 2 for invalid input, 1 for the rest. */
export function exitCodeFor(failure: Failure): 1 | 2 {
  return failure.kind === "invalid" ? 2 : 1;
}

/** Writes every issue as `path: message` on standard error and returns the exit status. */
export function reportFailure(io: Io, failure: Failure): number {
  const issueLine = (issue: Issue): string =>
    `${issue.path === "" ? "(request)" : issue.path}: ${issue.message}`;
  const lines =
    failure.headline === undefined
      ? failure.issues.map((issue) => `mnplan: ${issueLine(issue)}`)
      : [`mnplan: ${failure.headline}`, ...failure.issues.map((issue) => `  ${issueLine(issue)}`)];
  io.stderr.write(`${lines.join("\n")}\n`);
  return exitCodeFor(failure);
}

/** Reports one invalid-input issue (status 2). */
export function reportInvalid(io: Io, code: string, path: string, message: string): number {
  return reportFailure(io, { kind: "invalid", issues: [errorIssue(code, path, message)] });
}
