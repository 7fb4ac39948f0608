import type { ProblemIssue } from "../lib/api";
import { t } from "../strings";
import { formatDatesIn } from "./format-dates-in";

const LIMIT = /expected (number|string) to (?:be|have) ([<>])=?\s*([\d.]+)/;

/** A server's message for a field in plainer words: limits said as "at most" or "at least", dates in words. */
export function plainMessage(issue: Pick<ProblemIssue, "code" | "message">): string {
  const limit = LIMIT.exec(issue.message);
  if (limit) {
    const [, kind, direction, value] = limit;
    const n = Number(value);
    if (kind === "number")
      return direction === "<" ? t.journal.log.atMost(n) : t.journal.log.atLeast(n);
    if (direction === "<") return t.journal.log.atMostCharacters(n);
  }
  return formatDatesIn(issue.message);
}
