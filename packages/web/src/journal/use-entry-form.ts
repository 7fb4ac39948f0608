// The saving side of a journal form: posts the entries, sorts a refusal's issues onto the inputs and
// keeps the answers whatever happens.
import { useEffect, useRef, useState } from "react";
import { t } from "../strings";
import { NO_ERRORS, sortIssues, type FieldErrors } from "./field-errors";
import { plainMessage } from "./plain-message";
import { postEntry, type EntryPath, type EntryProblem, type EntryReply } from "./post-entry";

export type Saving =
  | { readonly status: "editing"; readonly errors: FieldErrors; readonly problem?: EntryProblem }
  | { readonly status: "saving" }
  | { readonly status: "saved"; readonly reply: EntryReply };

function refusal(problem: EntryProblem, fieldOf: (path: string) => string | undefined): Saving {
  const issues = problem.issues.map((issue) => ({
    ...issue,
    message: plainMessage(issue),
  }));
  const sorted = sortIssues(issues, fieldOf);
  const placed = sorted.other.length > 0 || Object.keys(sorted.byField).length > 0;
  const other = placed ? sorted.other : [t.journal.log.refused(problem.title)];
  return { status: "editing", errors: { ...sorted, other }, problem };
}

/** The reply to show for several writes: the last that changed the plan, else the last. */
function lastChange(replies: readonly EntryReply[]): EntryReply | undefined {
  return replies.findLast((reply) => reply.plan.changes.length > 0) ?? replies.at(-1);
}

export function useEntryForm(courseId: string, path: EntryPath, onSaved: () => void) {
  const [saving, setSaving] = useState<Saving>({ status: "editing", errors: NO_ERRORS });
  const errors = saving.status === "editing" ? saving.errors : NO_ERRORS;
  const problem = saving.status === "editing" ? saving.problem : undefined;

  /** Shows errors found before sending (answers that are not numbers, choices not made). */
  const refuse = (byField: Record<string, string>, other: readonly string[] = []) =>
    setSaving({ status: "editing", errors: { byField, other } });

  /**
   * Posts each body in turn, stopping at the first refusal; how many were saved (all of them when
   * the form shows its result).
   */
  const save = async (
    bodies: readonly unknown[],
    fieldOf: (path: string, index: number) => string | undefined,
  ): Promise<number> => {
    setSaving({ status: "saving" });
    const replies: EntryReply[] = [];
    let failed: Saving | undefined;
    for (const body of bodies) {
      try {
        const outcome = await postEntry(courseId, path, body);
        const index = replies.length;
        if (!outcome.ok)
          failed = refusal(outcome.problem, (issuePath) => fieldOf(issuePath, index));
        else replies.push(outcome.reply);
      } catch {
        failed = {
          status: "editing",
          errors: { byField: {}, other: [t.journal.log.networkFailed] },
        };
      }
      if (failed) break;
    }
    if (replies.length > 0) onSaved();
    const reply = lastChange(replies);
    setSaving(
      failed ?? (reply ? { status: "saved", reply } : { status: "editing", errors: NO_ERRORS }),
    );
    return replies.length;
  };

  // "Add another" replaces the result with a fresh form: the focus goes to the form's heading.
  const heading = useRef<HTMLHeadingElement>(null);
  const [returned, setReturned] = useState(false);
  useEffect(() => {
    if (returned) heading.current?.focus();
  }, [returned]);
  const again = () => {
    setSaving({ status: "editing", errors: NO_ERRORS });
    setReturned(true);
  };
  return { saving, errors, problem, refuse, save, again, heading };
}
