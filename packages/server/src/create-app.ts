import multipart from "@fastify/multipart";
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import { errorIssue, type RulePack } from "@mnplan/core";
import type { PhotoStore, Repository } from "@mnplan/store";
import Fastify, {
  type FastifyError,
  type FastifyInstance,
  type FastifyServerOptions,
} from "fastify";
import type { AppContext } from "./app-context.js";
import { buildOpenApi } from "./build-openapi.js";
import { issuesForError } from "./issues-for-error.js";
import { createOpenApiRoute } from "./openapi-routes.js";
import { createPlanCache } from "./plan-cache.js";
import { registerRoute } from "./register-route.js";
import { registerWebApp } from "./register-web-app.js";
import type { Route } from "./route.js";
import { ROUTES } from "./routes.js";
import { sendProblem } from "./send-reply.js";

export const API_VERSION = "0.1.0";
const JSON_BODY_LIMIT = 1024 * 1024;
const PHOTO_LIMIT = 10 * 1024 * 1024;

export interface AppOptions {
  readonly repository: Repository;
  readonly photos: PhotoStore;
  /** The current instant, milliseconds since the epoch. */
  readonly now: () => number;
  /** Fastify's logger option: false (the default) for none, or pino options. */
  readonly logger?: FastifyServerOptions["logger"];
  /** Custom rule packs (loaded and validated with `loadRulePack`), by id. */
  readonly packs?: Readonly<Record<string, RulePack>>;
  /** How many stateless plans to remember by request (default 256; 0 for none). */
  readonly planCacheSize?: number;
  /** The built web app's folder (packages/web/dist), served at `/`; none when absent. */
  readonly webRoot?: string;
}

/**
 * The HTTP API as a fastify instance, not yet listening: `app.inject()` in tests, `app.listen()` in
 * main.ts. Every dependency is an argument.
 */
export function createApp(options: AppOptions): FastifyInstance {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: JSON_BODY_LIMIT,
    routerOptions: { maxParamLength: 200 },
    // Errors the router raises before any route runs (a malformed URL, an overlong parameter).
    frameworkErrors: (error, request, reply) => {
      void sendProblem(request, reply, issuesForError(error));
    },
  });
  const context: AppContext = {
    repository: options.repository,
    photos: options.photos,
    now: options.now,
    packs: options.packs ?? {},
    planCache: createPlanCache(options.planCacheSize ?? 256),
  };
  app.removeContentTypeParser(["text/plain"]);
  app.setErrorHandler<FastifyError>((error, request, reply) => {
    const issues = issuesForError(error);
    if (issues.some((issue) => issue.code === "internal"))
      request.log.error({ err: error }, "failed");
    return sendProblem(request, reply, issues);
  });
  const web = options.webRoot === undefined ? undefined : registerWebApp(app, options.webRoot);
  app.setNotFoundHandler((request, reply) =>
    web?.sendPage(request, reply)
      ? reply
      : sendProblem(request, reply, [
          errorIssue(
            "route-not-found",
            "",
            `No route ${request.method} ${request.url.split("?")[0] ?? ""}`,
          ),
        ]),
  );

  const routes: Route[] = [...ROUTES, createOpenApiRoute(() => document)];
  const document = buildOpenApi(routes, API_VERSION);
  for (const route of routes) {
    if (route.body?.kind !== "multipart") registerRoute(app, route, context);
  }
  void app.register(async (scope) => {
    await scope.register(multipart, {
      limits: { fileSize: PHOTO_LIMIT, files: 1, fields: 10, parts: 12, fieldSize: 4096 },
      throwFileSizeLimit: true,
    });
    for (const route of routes) {
      if (route.body?.kind === "multipart") registerRoute(scope, route, context);
    }
  });
  void app.register(swagger, { mode: "static", specification: { document: document as never } });
  void app.register(swaggerUi, { routePrefix: "/docs" });
  return app;
}
