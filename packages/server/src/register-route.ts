import { errorIssue, type Issue, type Result } from "@mnplan/core";
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { AppContext } from "./app-context.js";
import { parseWith } from "./parse-with.js";
import type { Route } from "./route.js";
import { sendProblem, sendReply } from "./send-reply.js";

type Inputs = { params: never; query: never; body: never };

/** Parses a request's params, query and body once with the route's schemas. */
function readInputs(route: Route, request: FastifyRequest, context: AppContext): Result<Inputs> {
  const params = route.params ? parseWith(route.params, request.params) : ok(undefined);
  if (!params.ok) {
    // A malformed id names nothing that could exist.
    return { ok: false, issues: params.issues.map((i) => ({ ...i, code: "not-found" })) };
  }
  const query = route.query ? parseWith(route.query, request.query) : ok(undefined);
  const body =
    route.body?.kind === "json" ? readBody(route.body, request.body, context) : ok(undefined);
  const issues: Issue[] = [...query.issues, ...body.issues];
  if (!query.ok || !body.ok) return { ok: false, issues };
  return {
    ok: true,
    value: {
      params: params.value as never,
      query: query.value as never,
      body: body.value as never,
    },
    issues: [],
  };
}

function readBody(
  spec: Extract<Route["body"], { kind: "json" }>,
  raw: unknown,
  context: AppContext,
): Result<unknown> {
  if (raw === undefined || raw === null) {
    return {
      ok: false,
      issues: [
        errorIssue(
          "required",
          "",
          "Send a JSON object as the body (Content-Type: application/json)",
        ),
      ],
    };
  }
  return spec.parse ? spec.parse(raw, context) : parseWith(spec.schema, raw);
}

const ok = <T>(value: T): Result<T> => ({ ok: true, value, issues: [] });

/** Registers one row of the route table: parse → handler → reply. */
export function registerRoute(app: FastifyInstance, route: Route, context: AppContext): void {
  app.route({
    method: route.method,
    url: route.url,
    handler: async (request, reply) => {
      const inputs = readInputs(route, request, context);
      if (!inputs.ok) return sendProblem(request, reply, inputs.issues);
      const answer = await route.handle({ ...inputs.value, request }, context);
      return sendReply(request, reply, answer);
    },
  });
}
