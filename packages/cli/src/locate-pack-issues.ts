import { mergePack, SHIPPED_PACKS, type Issue } from "@mnplan/core";

const RECORD_PATH =
  /^(sessions|factors|screening|prep|aftercare|milestones|maintenance|depth\.rules)\[(\d+)\](.*)$/s;

type Records = readonly { readonly code?: unknown }[];

function recordsAt(value: unknown, group: string): Records {
  let at: unknown = value;
  for (const key of group.split("."))
    at = typeof at === "object" && at !== null ? (at as Record<string, unknown>)[key] : undefined;
  return Array.isArray(at) ? (at as Records) : [];
}

/**
 * Points the issues of a pack that `extends` a shipped pack at the file: validation sees the merged
 * pack, so `screening[31]` there may be `screening[1]` in the file. Each such path is rewritten to the
 * file's index and names the record's code; a record that only the shipped pack has says so.
 */
export function locatePackIssues(issues: readonly Issue[], raw: unknown): Issue[] {
  const base =
    typeof raw === "object" && raw !== null ? (raw as { extends?: unknown }).extends : undefined;
  if (base !== "guideline" && base !== "evidence") return [...issues];
  const merged: unknown = mergePack(SHIPPED_PACKS[base], raw as object);
  return issues.map((issue) => {
    const match = RECORD_PATH.exec(issue.path);
    if (!match?.[1] || match[2] === undefined) return issue;
    const [, group, index, rest = ""] = match;
    const code = recordsAt(merged, group)[Number(index)]?.code;
    if (typeof code !== "string") return issue;
    const inFile = recordsAt(raw, group).findIndex((record) => record.code === code);
    const path =
      inFile >= 0
        ? `${group}[${inFile}]${rest} (code ${code})`
        : `${issue.path} (code ${code}, from the ${base} pack)`;
    return { ...issue, path };
  });
}
