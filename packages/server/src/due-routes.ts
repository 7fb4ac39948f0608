import { addDays, differenceInDays, errorIssue, todayInZone } from "@mnplan/core";
import { DueListSchema, DueQuerySchema, type DueQuery } from "./api-schemas.js";
import { defineRoute, json, problem, type Route } from "./route.js";

const MAX_DAYS = 366;

/** `GET /api/due`: the sessions that fall due in a date range, soonest first (for clinics). */
export const dueRoutes: readonly Route[] = [
  defineRoute<undefined, DueQuery>({
    method: "GET",
    url: "/api/due",
    operationId: "listDueSessions",
    summary: "Sessions due between two dates (inclusive), soonest first",
    description: `\`from\` defaults to today (UTC), \`to\` to a week after \`from\`; at most ${MAX_DAYS} days.`,
    tag: "courses",
    query: DueQuerySchema,
    responses: {
      200: { description: "The sessions due", content: { "application/json": DueListSchema } },
    },
    async handle({ query }, context) {
      const from = query.from ?? todayInZone(context.now(), "UTC");
      const to = query.to ?? addDays(from, 7);
      const span = differenceInDays(to, from);
      if (span < 0)
        return problem([
          errorIssue("invalid-range", "to", `Ends (${to}) before it starts (${from})`),
        ]);
      if (span > MAX_DAYS) {
        return problem([errorIssue("too-big", "to", `Ask for at most ${MAX_DAYS} days at a time`)]);
      }
      const items = await context.repository.sessionsDue(from, to, { limit: query.limit ?? 100 });
      return json(200, { items });
    },
  }),
];
