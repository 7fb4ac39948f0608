// @mnplan/server: the HTTP API of the planner.
export { createApp, API_VERSION, type AppOptions } from "./create-app.js";
export { buildOpenApi } from "./build-openapi.js";
export { ROUTES } from "./routes.js";
