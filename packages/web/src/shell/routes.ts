// Every page of the app, by path. Pages other than the home page load on demand, so the first
// visit downloads only the frame and the home page.
import { lazy, type ComponentType, type LazyExoticComponent } from "react";

export interface PageProps {
  readonly params: Readonly<Record<string, string>>;
}

export interface PageRoute {
  readonly pattern: string;
  readonly page: ComponentType<PageProps> | LazyExoticComponent<ComponentType<PageProps>>;
}

const page = (load: () => Promise<{ default: ComponentType<PageProps> }>) => lazy(load);

export const PAGES: readonly PageRoute[] = [
  { pattern: "/start", page: page(() => import("../questionnaire/questionnaire-page")) },
  { pattern: "/plan", page: page(() => import("../plan/plan-page")) },
  { pattern: "/plan/calendar", page: page(() => import("../calendar/draft-calendar-page")) },
  { pattern: "/plan/print", page: page(() => import("../print/draft-print-page")) },
  { pattern: "/course/:id", page: page(() => import("../journal/course-page")) },
  { pattern: "/course/:id/log", page: page(() => import("../journal/log-page")) },
  { pattern: "/course/:id/calendar", page: page(() => import("../calendar/course-calendar-page")) },
  { pattern: "/course/:id/progress", page: page(() => import("../progress/progress-page")) },
  { pattern: "/course/:id/print", page: page(() => import("../print/course-print-page")) },
  { pattern: "/data", page: page(() => import("../my-data/my-data-page")) },
];
