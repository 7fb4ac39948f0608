import { CourseParamsSchema, ExportSchema } from "./api-schemas.js";
import { buildJournalCsv } from "@mnplan/journal";
import { courseNotFound, defineRoute, json, type Route } from "./route.js";

type IdParams = { id: string };
const attachment = (id: string, extension: string) => ({
  "content-disposition": `attachment; filename="course-${id}.${extension}"`,
  "cache-control": "private, no-store",
});

/** A course's data to take away: everything as JSON, or the journal as one CSV. */
export const exportRoutes: readonly Route[] = [
  defineRoute<IdParams>({
    method: "GET",
    url: "/api/courses/:id/export.json",
    operationId: "exportCourseJson",
    summary: "Everything recorded for a course: the course, revisions, journal and photo records",
    tag: "export",
    params: CourseParamsSchema,
    responses: {
      200: { description: "The export", content: { "application/json": ExportSchema } },
    },
    async handle({ params }, context) {
      const history = await context.repository.getHistory(params.id);
      if (!history) return courseNotFound();
      const exportedAt = new Date(context.now()).toISOString();
      return json(200, { exportedAt, ...history }, attachment(params.id, "json"));
    },
  }),
  defineRoute<IdParams>({
    method: "GET",
    url: "/api/courses/:id/export.csv",
    operationId: "exportCourseCsv",
    summary:
      "A course's journal as one CSV, a `kind` column first (session, check-in, rating, photo)",
    tag: "export",
    params: CourseParamsSchema,
    responses: { 200: { description: "The journal", content: { "text/csv": "text" } } },
    async handle({ params }, context) {
      const history = await context.repository.getHistory(params.id);
      if (!history) return courseNotFound();
      return {
        kind: "raw",
        status: 200,
        mediaType: "text/csv; charset=utf-8; header=present",
        body: buildJournalCsv(history),
        headers: attachment(params.id, "csv"),
      };
    },
  }),
];
