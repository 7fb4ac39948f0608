import { randomUUID } from "node:crypto";
import { errorIssue, resolvePack } from "@mnplan/core";
import { InvalidCursorError } from "@mnplan/store";
import {
  CourseInputSchema,
  CourseListQuerySchema,
  type CourseListQuery,
  CoursePageSchema,
  CourseParamsSchema,
  CourseSchema,
  PlanRevisionSchema,
  RevisionListSchema,
} from "./api-schemas.js";
import { parseCourseInput, type CourseInput } from "./parse-course-input.js";
import { createCourse } from "@mnplan/journal";
import { courseNotFound, defineRoute, json, noContent, problem, type Route } from "./route.js";

type IdParams = { id: string };
const JSON_TYPE = "application/json";

/** Courses: make one from a request, list them, read one and its plan's revisions, delete one. */
export const courseRoutes: readonly Route[] = [
  defineRoute<undefined, undefined, CourseInput>({
    method: "POST",
    url: "/api/courses",
    operationId: "createCourse",
    summary: "Start a course: its plan is made from the request with the request's pack",
    tag: "courses",
    body: {
      kind: "json",
      schema: CourseInputSchema,
      parse: (raw, context) => parseCourseInput(raw, context.now()),
    },
    responses: {
      201: { description: "The course, at revision 0", content: { [JSON_TYPE]: CourseSchema } },
    },
    async handle({ body }, context) {
      const pack = resolvePack(body.request.rules, { packs: context.packs });
      if (!pack.ok) return problem(pack.issues.map((i) => ({ ...i, path: `request.${i.path}` })));
      const course = createCourse({
        ...body,
        id: randomUUID(),
        createdAt: new Date(context.now()).toISOString(),
        pack: pack.value,
      });
      await context.repository.createCourse(course);
      return json(201, course, { location: `/api/courses/${course.id}` });
    },
  }),
  defineRoute<undefined, CourseListQuery>({
    method: "GET",
    url: "/api/courses",
    operationId: "listCourses",
    summary: "List courses, oldest first, a page at a time",
    tag: "courses",
    query: CourseListQuerySchema,
    responses: {
      200: { description: "A page of courses", content: { [JSON_TYPE]: CoursePageSchema } },
    },
    async handle({ query }, context) {
      try {
        const page = await context.repository.listCourses({
          limit: query.limit ?? 20,
          ...(query.after === undefined ? {} : { after: query.after }),
        });
        return json(200, page);
      } catch (error) {
        if (!(error instanceof InvalidCursorError)) throw error;
        return problem([
          errorIssue("invalid-cursor", "after", "Not a cursor from a page of this list"),
        ]);
      }
    },
  }),
  defineRoute<IdParams>({
    method: "GET",
    url: "/api/courses/:id",
    operationId: "getCourse",
    summary: "Get a course with its current plan",
    tag: "courses",
    params: CourseParamsSchema,
    responses: { 200: { description: "The course", content: { [JSON_TYPE]: CourseSchema } } },
    async handle({ params }, context) {
      const course = await context.repository.getCourse(params.id);
      return course ? json(200, course) : courseNotFound();
    },
  }),
  defineRoute<IdParams>({
    method: "DELETE",
    url: "/api/courses/:id",
    operationId: "deleteCourse",
    summary: "Delete a course and everything recorded for it, photo files included",
    tag: "courses",
    params: CourseParamsSchema,
    responses: { 204: { description: "Deleted" } },
    async handle({ params }, context) {
      const deleted = await context.repository.withCourseLock(params.id, () =>
        context.repository.deleteCourse(params.id),
      );
      if (!deleted) return courseNotFound();
      await context.photos.deleteCourse(params.id);
      return noContent();
    },
  }),
  defineRoute<IdParams>({
    method: "GET",
    url: "/api/courses/:id/plan",
    operationId: "getCoursePlan",
    summary:
      "The current revision of a course's plan: the plan, what changed and why, and its state",
    tag: "courses",
    params: CourseParamsSchema,
    responses: {
      200: { description: "The current revision", content: { [JSON_TYPE]: PlanRevisionSchema } },
    },
    async handle({ params }, context) {
      const course = await context.repository.getCourse(params.id);
      return course ? json(200, course.current) : courseNotFound();
    },
  }),
  defineRoute<IdParams>({
    method: "GET",
    url: "/api/courses/:id/revisions",
    operationId: "listRevisions",
    summary: "Every revision of a course's plan, revision 0 (the plan as made) first",
    tag: "courses",
    params: CourseParamsSchema,
    responses: {
      200: { description: "The revisions", content: { [JSON_TYPE]: RevisionListSchema } },
    },
    async handle({ params }, context) {
      const history = await context.repository.getHistory(params.id);
      return history ? json(200, { items: history.revisions }) : courseNotFound();
    },
  }),
];
