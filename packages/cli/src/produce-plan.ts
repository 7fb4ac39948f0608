import {
  parsePlanRequest,
  plan,
  type Issue,
  type PlanRequest,
  type TreatmentPlan,
} from "@mnplan/core";
import { completeRequest, type RequestContext } from "./complete-request.js";
import { invalid, type Outcome } from "./failure.js";
import type { PackChoice } from "./load-pack-file.js";
import { flagForPath } from "./plan-flags.js";

export interface PlanContext extends RequestContext {
  /** The pack chosen with `--rules`; it overrides the request's own choice. */
  readonly pack?: PackChoice | undefined;
  /** The request fields that flags set ("all" when flags are the whole request): their issues name the flag too. */
  readonly flagFields: "all" | ReadonlySet<string>;
}

/** A plan and the parsed request it was made from. */
export interface PlannedRequest {
  readonly plan: TreatmentPlan;
  readonly request?: PlanRequest;
}

/** Adds the flag that sets each path a flag gave: `age (--age)`. */
export function withFlagNames(
  issues: readonly Issue[],
  fields: "all" | ReadonlySet<string>,
): Issue[] {
  return issues.map((issue) => {
    const field = issue.path.split(/[.[]/)[0] ?? "";
    const flag = fields === "all" || fields.has(field) ? flagForPath(issue.path) : undefined;
    return flag === undefined ? issue : { ...issue, path: `${issue.path} (${flag})` };
  });
}

function headline(count: number): string {
  return `The request is not valid (${count} problem${count > 1 ? "s" : ""}):`;
}

/** The request completed at the edge, with the `--rules` choice laid over it. */
export function prepareRequest(raw: unknown, context: PlanContext): unknown {
  const completed = completeRequest(raw, context);
  const isObject = typeof completed === "object" && completed !== null && !Array.isArray(completed);
  return context.pack && isObject ? { ...completed, rules: context.pack.pack.id } : completed;
}

/** Plans a raw request: completes it, plans it with the chosen pack, and names every offending field on failure. */
export function producePlan(raw: unknown, context: PlanContext): Outcome<PlannedRequest> {
  const request = prepareRequest(raw, context);
  const result = plan(request, { packs: context.pack?.packs ?? {} });
  if (!result.ok)
    return invalid(
      withFlagNames(result.issues, context.flagFields),
      headline(result.issues.length),
    );
  const parsed = parsePlanRequest(request);
  return {
    ok: true,
    value: parsed.ok ? { plan: result.value, request: parsed.value } : { plan: result.value },
  };
}

/** The request's own issues for a request built from flags, left out where a flag already has an issue. */
export function requestIssuesBeside(
  flagIssues: readonly Issue[],
  raw: unknown,
  context: PlanContext,
): Issue[] {
  const result = plan(prepareRequest(raw, context), { packs: context.pack?.packs ?? {} });
  if (result.ok) return [];
  const flagged = new Set(flagIssues.map((issue) => issue.path));
  return withFlagNames(
    result.issues.filter((issue) => !flagged.has(flagForPath(issue.path) ?? "")),
    "all",
  );
}
