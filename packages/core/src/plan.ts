import { buildPlan } from "./build-plan.js";
import { errorIssue, type Result } from "./issue.js";
import { SHIPPED_PACKS } from "./load-rule-pack.js";
import { parsePlanRequest } from "./parse-plan-request.js";
import type { TreatmentPlan } from "./plan-schema.js";
import type { RulePack } from "./rule-pack-schema.js";

/** Where packs other than the shipped ones come from: loaded and validated by the caller (`loadRulePack`). */
export interface PlanOptions {
  readonly packs?: Readonly<Record<string, RulePack>>;
}

/** The pack a request names, among the shipped packs and the caller's own. */
export function resolvePack(id: string, options: PlanOptions = {}): Result<RulePack> {
  const pack =
    options.packs?.[id] ??
    (id === "guideline" || id === "evidence" ? SHIPPED_PACKS[id] : undefined);
  if (pack) return { ok: true, value: pack, issues: [] };
  const known = ["guideline", "evidence", ...Object.keys(options.packs ?? {})].join(", ");
  return {
    ok: false,
    issues: [errorIssue("unknown-rule-pack", "rules", `No rule pack "${id}"; known: ${known}`)],
  };
}

/**
 * Parses a request and builds its plan: the one call most callers need.
 * @example const result = plan({ concerns: [{ concern: "glow", areas: ["cheeks"] }], age: 30, fitzpatrick: 2, setting: "clinic", startDate: "2027-01-04", timeZone: "Europe/London" });
 */
export function plan(input: unknown, options: PlanOptions = {}): Result<TreatmentPlan> {
  const request = parsePlanRequest(input);
  if (!request.ok) return request;
  const pack = resolvePack(request.value.rules, options);
  if (!pack.ok) return pack;
  return { ok: true, value: buildPlan(request.value, pack.value), issues: request.issues };
}
