import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";

/** The web app may load only its own files; photos and the camera come in as blob: URLs. */
export const WEB_CSP = [
  "default-src 'self'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "script-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

/** Paths that belong to the API and must never fall back to the web app's page. */
const NOT_THE_APP = /^\/(api|feeds|docs|openapi\.json|healthz)(\/|$)/;

/**
 * A browser asks for text/html; curl, link checkers and a plain `fetch` send no Accept or accept
 * any type, and get the page too. A caller that names only other types (JSON) keeps the 404.
 */
function acceptsPage(accept: string | undefined): boolean {
  return accept === undefined || accept.includes("text/html") || accept.includes("*/*");
}

export interface WebApp {
  /** Answers the app's page for a browser's GET of a path the app routes itself; false otherwise. */
  readonly sendPage: (request: FastifyRequest, reply: FastifyReply) => boolean;
}

/**
 * Serves the built web app from `root` (packages/web/dist): hashed assets cached for a year,
 * precompressed variants chosen by Accept-Encoding, and index.html for every page path the app
 * routes in the browser. Undefined when the app has not been built.
 */
export function registerWebApp(app: FastifyInstance, root: string): WebApp | undefined {
  const indexPath = join(root, "index.html");
  if (!existsSync(indexPath)) return undefined;
  const page = readFileSync(indexPath);
  void app.register(fastifyStatic, {
    root,
    wildcard: false,
    preCompressed: true,
    index: false,
    cacheControl: false,
    setHeaders(reply: FastifyReply, path: string) {
      const immutable = /[\\/]assets[\\/]/.test(path);
      void reply.header(
        "cache-control",
        immutable ? "public, max-age=31536000, immutable" : "no-cache",
      );
      if (path.endsWith(".html")) void reply.header("content-security-policy", WEB_CSP);
    },
  });
  return {
    sendPage(request, reply) {
      if (request.method !== "GET" && request.method !== "HEAD") return false;
      const path = request.url.split("?")[0] ?? "";
      if (NOT_THE_APP.test(path) || /\.[a-z0-9]+$/i.test(path)) return false;
      if (!acceptsPage(request.headers.accept)) return false;
      void reply
        .code(200)
        .type("text/html; charset=utf-8")
        .header("cache-control", "no-cache")
        .header("content-security-policy", WEB_CSP)
        .send(page);
      return true;
    },
  };
}
