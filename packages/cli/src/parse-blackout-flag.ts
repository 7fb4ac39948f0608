import { errorIssue, type Issue } from "@mnplan/core";

export interface BlackoutFields {
  from: string;
  to: string;
  sun?: boolean;
  reason?: string;
}

const RANGE = /^(\d{4}-\d{2}-\d{2})(?:\.\.(\d{4}-\d{2}-\d{2}))?$/;

/**
 * Reads a `--blackout` value: `FROM..TO[:sun][:reason]` or a single day, as in
 * `2027-02-10..2027-02-20:sun:beach holiday`. Whether the dates exist is the request's check.
 */
export function parseBlackoutFlag(
  value: string,
  flag = "--blackout",
): { blackout?: BlackoutFields; issues: Issue[] } {
  const [range = "", ...rest] = value.split(":");
  const match = RANGE.exec(range.trim());
  if (!match?.[1]) {
    return {
      issues: [
        errorIssue(
          "invalid-blackout",
          flag,
          `"${value}" is not a period; write FROM..TO[:sun][:reason], as in 2027-02-10..2027-02-20:sun:beach holiday`,
        ),
      ],
    };
  }
  const blackout: BlackoutFields = { from: match[1], to: match[2] ?? match[1] };
  const words = [...rest];
  const sunAt =
    words[0]?.trim() === "sun" ? 0 : words.at(-1)?.trim() === "sun" ? words.length - 1 : -1;
  if (sunAt >= 0) {
    blackout.sun = true;
    words.splice(sunAt, 1);
  }
  const reason = words.join(":").trim();
  if (reason !== "") blackout.reason = reason;
  return { blackout, issues: [] };
}
