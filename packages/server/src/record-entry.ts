import { recordEntry as recordInJournal, type Entry } from "@mnplan/journal";
import type { AppContext } from "./app-context.js";
import { courseNotFound, json, problem, type Reply } from "./route.js";

export type { Entry } from "@mnplan/journal";

/**
 * Records a session, check-in or rating through the journal and answers: 201 with the record, any
 * warnings and where the plan now stands; 404 for an unknown course; a problem naming the date it
 * becomes allowed for a session too soon after the last (rules.md §3).
 */
export async function recordEntry(
  context: AppContext,
  courseId: string,
  entry: Entry,
): Promise<Reply> {
  const outcome = await recordInJournal(context, courseId, entry);
  if (outcome.ok)
    return json(201, { record: outcome.record, warnings: outcome.warnings, plan: outcome.plan });
  if (outcome.reason === "not-found") return courseNotFound();
  return problem(
    outcome.issues,
    outcome.allowedFrom === null ? {} : { allowedFrom: outcome.allowedFrom },
  );
}
