import {
  buildCalendar,
  buildPlan,
  parsePlanRequest,
  resolvePack,
  type PlanRequest,
  type Result,
} from "@mnplan/core";
import type { AppContext } from "./app-context.js";
import { PlanRequestSchema, TreatmentPlanSchema } from "./api-schemas.js";
import { completeRequest } from "./complete-request.js";
import type { CachedPlan } from "./plan-cache.js";
import { prefersCalendar } from "./prefers-calendar.js";
import { defineRoute, problem, type Reply, type Route } from "./route.js";

/** A plan request as read: a plan made before for the same request, or the request to plan. */
type PlanInput =
  { readonly cached: CachedPlan } | { readonly key: string; readonly request: PlanRequest };

/** Completes `today`, then looks the request up among recent plans before parsing it. */
function readPlanInput(raw: unknown, context: AppContext): Result<PlanInput> {
  const input = completeRequest(raw, context.now());
  const key = JSON.stringify(input);
  const cached = context.planCache.get(key);
  if (cached) return { ok: true, value: { cached }, issues: [] };
  const request = parsePlanRequest(input);
  return request.ok ? { ok: true, value: { key, request: request.value }, issues: [] } : request;
}

function makePlan(input: PlanInput, context: AppContext): Result<CachedPlan> {
  if ("cached" in input) return { ok: true, value: input.cached, issues: [] };
  const pack = resolvePack(input.request.rules, { packs: context.packs });
  if (!pack.ok) return pack;
  const plan = buildPlan(input.request, pack.value);
  // Kept as UTF-8 bytes: a repeated request is then sent without encoding 20–30 KB again.
  const made = { plan, json: Buffer.from(JSON.stringify(plan), "utf8") };
  context.planCache.set(input.key, made);
  return { ok: true, value: made, issues: [] };
}

const raw = (
  mediaType: string,
  body: string | Uint8Array,
  headers?: Record<string, string>,
): Reply =>
  headers === undefined
    ? { kind: "raw", status: 200, mediaType, body }
    : { kind: "raw", status: 200, mediaType, body, headers };

/** `POST /api/plan`: stateless planning, as JSON or, for `Accept: text/calendar`, an iCalendar file. */
export const planRoutes: readonly Route[] = [
  defineRoute<undefined, undefined, PlanInput>({
    method: "POST",
    url: "/api/plan",
    operationId: "makePlan",
    summary: "Make a plan from a request (nothing is stored)",
    description:
      "Answers the plan as JSON, or as an iCalendar file when the Accept header names text/calendar first. " +
      "A missing `today` is filled in the request's time zone.",
    tag: "plans",
    body: { kind: "json", schema: PlanRequestSchema, parse: readPlanInput },
    responses: {
      200: {
        description: "The plan, or the plan as an iCalendar file",
        content: { "application/json": TreatmentPlanSchema, "text/calendar": "text" },
      },
    },
    handle({ body, request }, context) {
      const made = makePlan(body, context);
      if (!made.ok) return problem(made.issues);
      if (!prefersCalendar(request.headers.accept)) {
        return raw("application/json; charset=utf-8", made.value.json);
      }
      const calendar = buildCalendar(made.value.plan, { generatedAt: context.now() });
      return raw("text/calendar; charset=utf-8", calendar, {
        "content-disposition": 'attachment; filename="microneedling-plan.ics"',
      });
    },
  }),
];
