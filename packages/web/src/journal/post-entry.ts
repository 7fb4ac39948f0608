// Writes a journal entry. Like apiFetch, but a refusal keeps the problem's `allowedFrom` too: the
// date a session too soon after the last one becomes allowed (rules.md §3).
import type { CourseState, Issue, PlanChange } from "@mnplan/core";
import type { ProblemIssue } from "../lib/api";

export type EntryPath = "sessions" | "check-ins" | "ratings";

/** Where the plan stands after a write, and what this write changed. */
export interface Standing {
  readonly revision: number;
  readonly state: CourseState;
  readonly changes: readonly PlanChange[];
  readonly nextDue: string | null;
}

export interface EntryReply {
  readonly record: { readonly id: string; readonly date: string };
  readonly warnings: readonly Issue[];
  readonly plan: Standing;
}

export interface EntryProblem {
  readonly status: number;
  readonly title: string;
  readonly issues: readonly ProblemIssue[];
  readonly allowedFrom?: string;
}

export type EntryOutcome =
  | { readonly ok: true; readonly reply: EntryReply }
  | { readonly ok: false; readonly problem: EntryProblem };

async function problemFrom(response: Response): Promise<EntryProblem> {
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  return {
    status: response.status,
    title: typeof body.title === "string" ? body.title : response.statusText,
    issues: Array.isArray(body.errors) ? (body.errors as ProblemIssue[]) : [],
    ...(typeof body.allowedFrom === "string" ? { allowedFrom: body.allowedFrom } : {}),
  };
}

/** Posts an entry to a course; the reply, or the refusal. Throws only when the server can't be reached. */
export async function postEntry(
  courseId: string,
  path: EntryPath,
  body: unknown,
): Promise<EntryOutcome> {
  const response = await fetch(`/api/courses/${encodeURIComponent(courseId)}/${path}`, {
    method: "POST",
    headers: { accept: "application/json", "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  if (!response.ok) return { ok: false, problem: await problemFrom(response) };
  return { ok: true, reply: (await response.json()) as EntryReply };
}
