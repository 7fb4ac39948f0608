import { courseRoutes } from "./course-routes.js";
import { dueRoutes } from "./due-routes.js";
import { exportRoutes } from "./export-routes.js";
import { feedRoutes } from "./feed-routes.js";
import { healthRoutes } from "./health-routes.js";
import { journalRoutes } from "./journal-routes.js";
import { photoRoutes } from "./photo-routes.js";
import { planRoutes } from "./plan-routes.js";
import type { Route } from "./route.js";
import { ruleRoutes } from "./rule-routes.js";

/** The route table: every route the API serves, and what documents it. */
export const ROUTES: readonly Route[] = [
  ...planRoutes,
  ...ruleRoutes,
  ...courseRoutes,
  ...journalRoutes,
  ...photoRoutes,
  ...exportRoutes,
  ...feedRoutes,
  ...dueRoutes,
  ...healthRoutes,
];
