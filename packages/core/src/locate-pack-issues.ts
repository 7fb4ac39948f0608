import type { Issue } from "./issue.js";

const RECORD_PATH =
  /^(sessions|factors|screening|prep|aftercare|milestones|maintenance|depth\.rules)\[(\d+)\](.*)$/s;

type Records = readonly { readonly code?: unknown }[];

function recordsAt(value: unknown, group: string): Records {
  let at: unknown = value;
  for (const key of group.split(".")) {
    at = typeof at === "object" && at !== null ? (at as Record<string, unknown>)[key] : undefined;
  }
  return Array.isArray(at) ? (at as Records) : [];
}

/**
 * Points the issues found in a merged pack at the file that extends a shipped pack: `screening[31]` of
 * the merged pack may be `screening[1]` of the file. Each message names the record's code; a record
 * only the shipped pack has keeps its group as the path and says so.
 */
export function locatePackIssues(
  issues: readonly Issue[],
  merged: unknown,
  file: unknown,
  base: string,
): Issue[] {
  return issues.map((issue) => {
    const match = RECORD_PATH.exec(issue.path);
    if (!match?.[1] || match[2] === undefined) return issue;
    const [, group, index, rest = ""] = match;
    const code = recordsAt(merged, group)[Number(index)]?.code;
    if (typeof code !== "string") return issue;
    const inFile = recordsAt(file, group).findIndex((record) => record.code === code);
    return inFile >= 0
      ? {
          ...issue,
          path: `${group}[${inFile}]${rest}`,
          message: `Record "${code}": ${issue.message}`,
        }
      : {
          ...issue,
          path: group,
          message: `Record "${code}" (from the ${base} pack): ${issue.message}`,
        };
  });
}
