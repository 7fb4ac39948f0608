import { defineRoute, json, type Route } from "./route.js";

/** `GET /openapi.json`: the document of every route; the document is read when asked. */
export function createOpenApiRoute(document: () => unknown): Route {
  return defineRoute({
    method: "GET",
    url: "/openapi.json",
    operationId: "getOpenApi",
    summary: "This API's OpenAPI 3.1 document",
    tag: "operations",
    responses: { 200: { description: "The document", content: { "application/json": "object" } } },
    handle: () => json(200, document()),
  });
}
