import type { Issue } from "@mnplan/core";

/** Problem types are named by URI (RFC 9457 §3.1.1); ours are not meant to be dereferenced. */
export const PROBLEM_BASE = "urn:mnplan:problem:";
export const PROBLEM_MEDIA_TYPE = "application/problem+json";

/** One entry of a problem's `errors` member. */
export interface ProblemError {
  readonly path: string;
  readonly message: string;
  readonly code: string;
}

/** An RFC 9457 problem document, with the offending fields in `errors`. */
export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly instance: string;
  readonly errors: readonly ProblemError[];
  readonly [extension: string]: unknown;
}

/** The problem type (and its status and title) each issue code stands for; unknown codes are bad input. */
const KINDS: Readonly<Record<string, readonly [type: string, status: number, title: string]>> = {
  "not-found": ["not-found", 404, "Not found"],
  "route-not-found": ["not-found", 404, "Not found"],
  "too-early": ["too-early", 409, "Too soon after the last session"],
  "no-session-allowed": ["no-session-allowed", 409, "The plan allows no session now"],
  "payload-too-large": ["payload-too-large", 413, "Request body too large"],
  "unsupported-media-type": ["unsupported-media-type", 415, "Unsupported media type"],
  "unsupported-image-type": ["unsupported-media-type", 415, "Unsupported media type"],
  "invalid-image": ["invalid-image", 422, "The file is not a usable image"],
  unavailable: ["unavailable", 503, "Service unavailable"],
  internal: ["internal", 500, "Internal server error"],
};
const INVALID = ["invalid-request", 400, "Invalid request"] as const;

/** When issues of several kinds come together, the one that decides the answer. */
const PRECEDENCE = [500, 503, 404, 413, 415, 409, 422, 400];

const kindOf = (issue: Issue): readonly [string, number, string] => KINDS[issue.code] ?? INVALID;

/** The one place an outcome's issues become an HTTP status (conventions.md, Errors). */
export function statusFor(issues: readonly Issue[]): number {
  const statuses = issues.filter((issue) => issue.severity === "error").map((i) => kindOf(i)[1]);
  return PRECEDENCE.find((status) => statuses.includes(status)) ?? 400;
}

/** A problem document for the issues that stopped a request, with any extension members. */
export function buildProblem(
  issues: readonly Issue[],
  instance: string,
  extensions: Readonly<Record<string, unknown>> = {},
): Problem {
  const status = statusFor(issues);
  const errors = issues.filter((issue) => issue.severity === "error");
  const lead = errors.find((issue) => kindOf(issue)[1] === status) ?? errors[0];
  const [type, , title] = lead ? kindOf(lead) : INVALID;
  const detail =
    errors.length > 1
      ? `${errors.length} problems: ${errors.map((issue) => describe(issue)).join("; ")}`
      : lead
        ? describe(lead)
        : title;
  return {
    type: PROBLEM_BASE + type,
    title,
    status,
    detail,
    instance,
    errors: errors.map(({ path, message, code }) => ({ path, message, code })),
    ...extensions,
  };
}

function describe(issue: Issue): string {
  return issue.path === "" ? issue.message : `${issue.path}: ${issue.message}`;
}
