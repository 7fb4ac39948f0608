import type { Issue } from "@mnplan/core";
import type { FastifyReply, FastifyRequest } from "fastify";
import { buildProblem, PROBLEM_MEDIA_TYPE } from "./problem.js";
import type { Reply } from "./route.js";

/** The path a problem names as its `instance`: the request's path, without its query. */
function instanceOf(request: FastifyRequest): string {
  const url = request.url;
  const query = url.indexOf("?");
  return query === -1 ? url : url.slice(0, query);
}

/** Answers with a problem+json document for the issues; the status comes from `statusFor`. */
export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  issues: readonly Issue[],
  extensions?: Readonly<Record<string, unknown>>,
): FastifyReply {
  const body = buildProblem(issues, instanceOf(request), extensions);
  return reply.code(body.status).type(PROBLEM_MEDIA_TYPE).send(body);
}

/** Sends what a handler answered. */
export function sendReply(
  request: FastifyRequest,
  reply: FastifyReply,
  answer: Reply,
): FastifyReply {
  switch (answer.kind) {
    case "json":
      if (answer.headers) void reply.headers(answer.headers);
      return reply.code(answer.status).send(answer.body);
    case "raw":
      if (answer.headers) void reply.headers(answer.headers);
      return reply.code(answer.status).type(answer.mediaType).send(answer.body);
    case "empty":
      return reply.code(204).send();
    case "problem":
      return sendProblem(request, reply, answer.issues, answer.extensions);
  }
}
