import { errorIssue, type Issue, type Result } from "./issue.js";
import { locatePackIssues } from "./locate-pack-issues.js";
import { mergePack } from "./merge-pack.js";
import { EVIDENCE_PACK } from "./packs/evidence.js";
import { GUIDELINE_PACK } from "./packs/guideline.js";
import { CustomPackSchema, type RulePack } from "./rule-pack-schema.js";
import { RECORD_GROUPS, validateRulePack } from "./validate-rule-pack.js";
import { fromZodIssues } from "./zod-issues.js";

/** The packs that ship with the planner, by id. */
export const SHIPPED_PACKS: Readonly<Record<"guideline" | "evidence", RulePack>> = {
  guideline: GUIDELINE_PACK,
  evidence: EVIDENCE_PACK,
};

/**
 * Loads a custom pack from parsed JSON: a complete pack, or one that `extends` a shipped pack and
 * replaces or adds records by code. The result is validated against the schema and rules.md §12.
 * @example loadRulePack({ id: "my-clinic", extends: "evidence", version: "1", interval: { defaultWeeks: 6 } })
 */
export function loadRulePack(input: unknown): Result<RulePack> {
  const head = CustomPackSchema.safeParse(input, { reportInput: true });
  if (!head.success) return { ok: false, issues: fromZodIssues(head.error.issues) };
  const { extends: base, ...rest } = head.data;
  if (rest.id === "guideline" || rest.id === "evidence") {
    return {
      ok: false,
      issues: [
        errorIssue("reserved-id", "id", `"${rest.id}" is a shipped pack's id; choose another`),
      ],
    };
  }
  if (!base) return validateRulePack(rest);
  const repeated = repeatedCodes(rest);
  if (repeated.length > 0) return { ok: false, issues: repeated };
  const merged = mergePack(SHIPPED_PACKS[base], rest);
  const result = validateRulePack(merged);
  return result.ok
    ? result
    : { ok: false, issues: locatePackIssues(result.issues, merged, rest, base) };
}

/** A code given twice in an extending file: the merge would quietly fold the two, so it is refused. */
function repeatedCodes(file: Record<string, unknown>): Issue[] {
  const depth = file.depth as { rules?: unknown } | undefined;
  const lists: [string, unknown][] = [
    ...RECORD_GROUPS.map((group): [string, unknown] => [group, file[group]]),
    ["depth.rules", depth?.rules],
  ];
  const issues: Issue[] = [];
  for (const [group, list] of lists) {
    if (!Array.isArray(list)) continue;
    const codes = list.map((record: unknown) => (record as { code?: unknown } | null)?.code);
    codes.forEach((code, index) => {
      if (typeof code === "string" && codes.indexOf(code) !== index) {
        issues.push(
          errorIssue(
            "duplicate-code",
            `${group}[${index}].code`,
            `Code "${code}" is used twice in ${group}`,
          ),
        );
      }
    });
  }
  return issues;
}
