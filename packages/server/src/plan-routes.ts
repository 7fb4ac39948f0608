import {
  buildCalendar,
  buildPlan,
  parsePlanRequest,
  resolvePack,
  type PlanRequest,
} from "@mnplan/core";
import { PlanRequestSchema, TreatmentPlanSchema } from "./api-schemas.js";
import { completeRequest } from "./complete-request.js";
import { prefersCalendar } from "./prefers-calendar.js";
import { defineRoute, json, problem, type Route } from "./route.js";

/** `POST /api/plan`: stateless planning, as JSON or, for `Accept: text/calendar`, an iCalendar file. */
export const planRoutes: readonly Route[] = [
  defineRoute<undefined, undefined, PlanRequest>({
    method: "POST",
    url: "/api/plan",
    operationId: "makePlan",
    summary: "Make a plan from a request (nothing is stored)",
    description:
      "Answers the plan as JSON, or as an iCalendar file when the Accept header names text/calendar first. " +
      "A missing `today` is filled in the request's time zone.",
    tag: "plans",
    body: {
      kind: "json",
      schema: PlanRequestSchema,
      parse: (raw, context) => parsePlanRequest(completeRequest(raw, context.now())),
    },
    responses: {
      200: {
        description: "The plan, or the plan as an iCalendar file",
        content: { "application/json": TreatmentPlanSchema, "text/calendar": "text" },
      },
    },
    handle({ body, request }, context) {
      const pack = resolvePack(body.rules, { packs: context.packs });
      if (!pack.ok) return problem(pack.issues);
      const plan = buildPlan(body, pack.value);
      if (!prefersCalendar(request.headers.accept)) return json(200, plan);
      return {
        kind: "raw",
        status: 200,
        mediaType: "text/calendar; charset=utf-8",
        body: buildCalendar(plan, { generatedAt: context.now() }),
        headers: { "content-disposition": 'attachment; filename="microneedling-plan.ics"' },
      };
    },
  }),
];
