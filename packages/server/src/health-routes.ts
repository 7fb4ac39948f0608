import { errorIssue } from "@mnplan/core";
import { HealthSchema } from "./api-schemas.js";
import { defineRoute, json, problem, type Route } from "./route.js";

/** `GET /healthz`: 200 when the server and its database answer, 503 when the database does not. */
export const healthRoutes: readonly Route[] = [
  defineRoute({
    method: "GET",
    url: "/healthz",
    operationId: "checkHealth",
    summary: "Whether the server and its database answer",
    tag: "operations",
    responses: { 200: { description: "Healthy", content: { "application/json": HealthSchema } } },
    problems: [503],
    async handle(_input, context) {
      try {
        await context.repository.health();
        return json(200, { status: "ok" }, { "cache-control": "no-store" });
      } catch {
        return problem([errorIssue("unavailable", "", "The database does not answer")]);
      }
    },
  }),
];
