// Writes a journal entry. A refusal is an outcome here, not an error, and keeps the problem's
// `allowedFrom`: the date a session too soon after the last one becomes allowed (rules.md §3).
import type { CourseState, Issue, PlanChange } from "@mnplan/core";
import { apiFetch, ApiError, type ProblemIssue } from "../lib/api";

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

function problemOf(error: ApiError): EntryProblem {
  const { allowedFrom } = error.extensions;
  return {
    status: error.status,
    title: error.title,
    issues: error.issues,
    ...(typeof allowedFrom === "string" ? { allowedFrom } : {}),
  };
}

/** Posts an entry to a course; the reply, or the refusal. Throws only when the server can't be reached. */
export async function postEntry(
  courseId: string,
  path: EntryPath,
  body: unknown,
): Promise<EntryOutcome> {
  try {
    const url = `/api/courses/${encodeURIComponent(courseId)}/${path}`;
    const reply = await apiFetch<EntryReply>(url, { method: "POST", body });
    return { ok: true, reply };
  } catch (error) {
    if (error instanceof ApiError) return { ok: false, problem: problemOf(error) };
    throw error;
  }
}
