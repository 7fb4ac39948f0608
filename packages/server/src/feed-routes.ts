import { buildCalendar } from "@mnplan/core";
import { CourseNotFoundError } from "@mnplan/store";
import { CourseParamsSchema, FeedParamsSchema, FeedSchema } from "./api-schemas.js";
import { createFeedToken, hashFeedToken } from "./feed-token.js";
import { courseNotFound, defineRoute, json, noContent, notFound, type Route } from "./route.js";

type IdParams = { id: string };
const feedNotFound = () => notFound("file", "No such calendar feed");

/** Calendar feeds: a secret, revocable URL per course that calendar apps subscribe to. */
export const feedRoutes: readonly Route[] = [
  defineRoute<IdParams>({
    method: "POST",
    url: "/api/courses/:id/feed",
    operationId: "createFeed",
    summary: "Create (or rotate) the course's secret calendar-feed URL",
    description:
      "Only a hash of the secret is kept: the URL is shown once. A new one revokes the old.",
    tag: "feeds",
    params: CourseParamsSchema,
    responses: {
      201: { description: "The feed's URL", content: { "application/json": FeedSchema } },
    },
    async handle({ params, request }, context) {
      const token = createFeedToken();
      try {
        await context.repository.setFeedToken(params.id, hashFeedToken(token));
      } catch (error) {
        if (error instanceof CourseNotFoundError) return courseNotFound();
        throw error;
      }
      const path = `/feeds/${token}.ics`;
      return json(201, { url: `${request.protocol}://${request.host}${path}` }, { location: path });
    },
  }),
  defineRoute<IdParams>({
    method: "DELETE",
    url: "/api/courses/:id/feed",
    operationId: "revokeFeed",
    summary: "Revoke the course's calendar feed",
    tag: "feeds",
    params: CourseParamsSchema,
    responses: { 204: { description: "Revoked" } },
    async handle({ params }, context) {
      try {
        await context.repository.setFeedToken(params.id, null);
      } catch (error) {
        if (error instanceof CourseNotFoundError) return courseNotFound();
        throw error;
      }
      return noContent();
    },
  }),
  defineRoute<{ file: string }>({
    method: "GET",
    url: "/feeds/:file",
    operationId: "getFeed",
    summary: "A course's plan as an iCalendar feed (the secret in the URL is the only credential)",
    description: "UIDs are stable per course and session; SEQUENCE is the plan's revision number.",
    tag: "feeds",
    params: FeedParamsSchema,
    responses: { 200: { description: "The calendar", content: { "text/calendar": "text" } } },
    async handle({ params }, context) {
      const token = params.file.slice(0, -".ics".length);
      const courseId = await context.repository.findCourseByFeedToken(hashFeedToken(token));
      const course =
        courseId === undefined ? undefined : await context.repository.getCourse(courseId);
      if (!course) return feedNotFound();
      const calendar = buildCalendar(course.current.plan, {
        generatedAt: context.now(),
        uidNamespace: course.id,
        sequence: course.current.number,
        calendarName:
          course.label === null ? "Microneedling plan" : `Microneedling: ${course.label}`,
      });
      return {
        kind: "raw",
        status: 200,
        mediaType: "text/calendar; charset=utf-8",
        body: calendar,
        headers: { "cache-control": "private, no-cache", "referrer-policy": "no-referrer" },
      };
    },
  }),
];
