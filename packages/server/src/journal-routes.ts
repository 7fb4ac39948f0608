import {
  CheckInInputSchema,
  PerformedSessionInputSchema,
  ProgressRatingInputSchema,
  type CourseHistory,
} from "@mnplan/core";
import type * as z from "zod";
import {
  CheckInListSchema,
  CheckInRecordedSchema,
  CourseParamsSchema,
  RatingListSchema,
  RatingRecordedSchema,
  SessionListSchema,
  SessionLoggedSchema,
} from "./api-schemas.js";
import { recordEntry, type Entry } from "./record-entry.js";
import { courseNotFound, defineRoute, json, type Route } from "./route.js";

interface JournalKind {
  readonly kind: Entry["kind"];
  readonly path: string;
  readonly noun: string;
  readonly name: string;
  readonly input: z.ZodType;
  readonly recorded: z.ZodType;
  readonly list: z.ZodType;
  readonly items: (history: CourseHistory) => readonly unknown[];
  readonly problems?: readonly number[];
  readonly description?: string;
}

const KINDS: readonly JournalKind[] = [
  {
    kind: "session",
    path: "sessions",
    noun: "a performed session",
    name: "Session",
    input: PerformedSessionInputSchema,
    recorded: SessionLoggedSchema,
    list: SessionListSchema,
    items: (history) => history.sessions,
    problems: [409],
    description:
      "Refused with 409 (type too-early, with `allowedFrom`) before the interval's minimum since the " +
      "last session; before the recommended date it is kept with a warning. The plan is then adapted.",
  },
  {
    kind: "check-in",
    path: "check-ins",
    noun: "a recovery check-in",
    name: "CheckIn",
    input: CheckInInputSchema,
    recorded: CheckInRecordedSchema,
    list: CheckInListSchema,
    items: (history) => history.checkIns,
  },
  {
    kind: "rating",
    path: "ratings",
    noun: "a progress rating",
    name: "Rating",
    input: ProgressRatingInputSchema,
    recorded: RatingRecordedSchema,
    list: RatingListSchema,
    items: (history) => history.ratings,
  },
];

const JSON_TYPE = "application/json";

function routesFor(journal: JournalKind): Route[] {
  return [
    defineRoute<{ id: string }, undefined, Entry["input"]>({
      method: "POST",
      url: `/api/courses/:id/${journal.path}`,
      operationId: `record${journal.name}`,
      summary: `Record ${journal.noun}; the plan adapts to it`,
      ...(journal.description === undefined ? {} : { description: journal.description }),
      tag: "journal",
      params: CourseParamsSchema,
      body: { kind: "json", schema: journal.input },
      responses: {
        201: {
          description: "Recorded; where the plan now stands",
          content: { [JSON_TYPE]: journal.recorded },
        },
      },
      ...(journal.problems === undefined ? {} : { problems: journal.problems }),
      handle: ({ params, body }, context) =>
        recordEntry(context, params.id, { kind: journal.kind, input: body } as Entry),
    }),
    defineRoute<{ id: string }>({
      method: "GET",
      url: `/api/courses/:id/${journal.path}`,
      operationId: `list${journal.name}s`,
      summary: `List a course's ${journal.path}, oldest first`,
      tag: "journal",
      params: CourseParamsSchema,
      responses: { 200: { description: "The records", content: { [JSON_TYPE]: journal.list } } },
      async handle({ params }, context) {
        const history = await context.repository.getHistory(params.id);
        return history ? json(200, { items: journal.items(history) }) : courseNotFound();
      },
    }),
  ];
}

/** Sessions, check-ins and ratings: record one (and adapt the plan), or list them. */
export const journalRoutes: readonly Route[] = KINDS.flatMap(routesFor);
