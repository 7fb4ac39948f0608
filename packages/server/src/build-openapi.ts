import { ConditionSchema } from "@mnplan/core";
import * as z from "zod";
import * as api from "./api-schemas.js";
import type { Route } from "./route.js";

/** The schemas named in the document's components, by name. */
const COMPONENTS: Readonly<Record<string, z.ZodType>> = {
  CalendarDate: api.CalendarDateSchema,
  PlanRequest: api.PlanRequestSchema,
  TreatmentPlan: api.TreatmentPlanSchema,
  Condition: ConditionSchema,
  RulePack: api.RulePackSchema,
  RulePackList: api.RulePackListSchema,
  CourseInput: api.CourseInputSchema,
  Course: api.CourseSchema,
  CoursePage: api.CoursePageSchema,
  PlanChange: api.PlanChangeSchema,
  PlanRevision: api.PlanRevisionSchema,
  RevisionList: api.RevisionListSchema,
  PerformedSessionInput: api.PerformedSessionInputSchema,
  PerformedSession: api.PerformedSessionSchema,
  SessionLogged: api.SessionLoggedSchema,
  SessionList: api.SessionListSchema,
  CheckInInput: api.CheckInInputSchema,
  CheckIn: api.CheckInSchema,
  CheckInRecorded: api.CheckInRecordedSchema,
  CheckInList: api.CheckInListSchema,
  ProgressRatingInput: api.ProgressRatingInputSchema,
  ProgressRating: api.ProgressRatingSchema,
  RatingRecorded: api.RatingRecordedSchema,
  RatingList: api.RatingListSchema,
  PhotoUpload: api.PhotoUploadSchema,
  Photo: api.PhotoSchema,
  PhotoList: api.PhotoListSchema,
  Export: api.ExportSchema,
  Feed: api.FeedSchema,
  DueList: api.DueListSchema,
  Health: api.HealthSchema,
  Issue: api.IssueSchema,
  Problem: api.ProblemSchema,
};

const DESCRIPTIONS: Readonly<Record<string, string>> = {
  CalendarDate: "A calendar date that exists, YYYY-MM-DD",
  PlanRequest: "A plan request (contract.md); a missing `today` is filled in its time zone",
  TreatmentPlan: "A plan (contract.md)",
  Problem: "An RFC 9457 problem; `errors` names each offending field by its path",
  PhotoUpload: "The multipart form of a photo upload: the record's fields and one file",
};

const REF = "#/components/schemas/";
type JsonObject = Record<string, unknown>;

const withoutKeys = (schema: object, keys: readonly string[]): JsonObject =>
  Object.fromEntries(Object.entries(schema).filter(([key]) => !keys.includes(key)));

function componentSchemas(): Record<string, JsonObject> {
  const registry = z.registry<{ id?: string; description?: string; contentMediaType?: string }>();
  for (const [id, schema] of Object.entries(COMPONENTS)) {
    registry.add(schema, {
      id,
      ...(DESCRIPTIONS[id] === undefined ? {} : { description: DESCRIPTIONS[id] }),
    });
  }
  registry.add(api.PhotoUploadSchema.shape.file, {
    description: "The image file: JPEG or PNG, at most 10 MB",
    contentMediaType: "application/octet-stream",
  });
  const { schemas } = z.toJSONSchema(registry, {
    target: "draft-2020-12",
    uri: (id) => REF + id,
    unrepresentable: "any",
  });
  const out: Record<string, JsonObject> = {};
  for (const [id, schema] of Object.entries(schemas)) {
    out[id] = withoutKeys(schema, ["$schema", "$id"]);
  }
  return out;
}

const refTo = (schema: z.ZodType): { $ref: string } => {
  const name = Object.entries(COMPONENTS).find(([, s]) => s === schema)?.[0];
  if (name === undefined)
    throw new Error("A route's schema is not among the document's components");
  return { $ref: REF + name };
};

const PROBLEM_CONTENT = { "application/problem+json": { schema: { $ref: `${REF}Problem` } } };
const PROBLEM_TITLES: Readonly<Record<number, string>> = {
  400: "Invalid input: each issue's path and message in `errors`",
  404: "No such resource, or a malformed id",
  409: "Conflicts with what is recorded (a session too soon: `allowedFrom`)",
  413: "Body too large",
  415: "Unsupported media type",
  422: "The file is not a usable image",
  503: "The database does not answer",
};

function parametersOf(route: Route): JsonObject[] {
  const list: JsonObject[] = [];
  const add = (where: "path" | "query", schema: z.ZodType | undefined) => {
    if (!(schema instanceof z.ZodObject)) return;
    const shape: Record<string, z.ZodType> = schema.shape;
    for (const [name, field] of Object.entries(shape)) {
      const json = withoutKeys(z.toJSONSchema(field, { io: "input", unrepresentable: "any" }), [
        "$schema",
      ]);
      const required = where === "path" || !field.safeParse(undefined).success;
      list.push({ name, in: where, required, schema: json });
    }
  };
  add("path", route.params);
  add("query", route.query);
  return list;
}

function requestBodyOf(route: Route): JsonObject | undefined {
  if (!route.body) return undefined;
  const mediaType = route.body.kind === "json" ? "application/json" : "multipart/form-data";
  return { required: true, content: { [mediaType]: { schema: refTo(route.body.schema) } } };
}

function problemStatuses(route: Route): number[] {
  const statuses = new Set(route.problems ?? []);
  if (route.params) statuses.add(404);
  if (route.query || route.body) statuses.add(400);
  if (route.body) {
    statuses.add(413);
    statuses.add(415);
  }
  return [...statuses].sort((a, b) => a - b);
}

function responsesOf(route: Route): JsonObject {
  const out: JsonObject = {};
  for (const [status, spec] of Object.entries(route.responses)) {
    const content = Object.entries(spec.content ?? {}).map(
      ([mediaType, body]): [string, unknown] => [
        mediaType,
        {
          schema:
            body === "text"
              ? { type: "string" }
              : body === "binary"
                ? { type: "string", contentMediaType: mediaType }
                : body === "object"
                  ? { type: "object" }
                  : refTo(body),
        },
      ],
    );
    out[status] = {
      description: spec.description,
      ...(content.length > 0 ? { content: Object.fromEntries(content) } : {}),
    };
  }
  for (const status of problemStatuses(route)) {
    out[status] = { description: PROBLEM_TITLES[status] ?? "Problem", content: PROBLEM_CONTENT };
  }
  return out;
}

function operationOf(route: Route): JsonObject {
  const parameters = parametersOf(route);
  const requestBody = requestBodyOf(route);
  return {
    operationId: route.operationId,
    summary: route.summary,
    ...(route.description === undefined ? {} : { description: route.description }),
    tags: [route.tag],
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(requestBody === undefined ? {} : { requestBody }),
    responses: responsesOf(route),
  };
}

/** The OpenAPI 3.1 document of the route table, its schemas generated from the same zod schemas. */
export function buildOpenApi(routes: readonly Route[], version: string): JsonObject {
  const paths: Record<string, Record<string, JsonObject>> = {};
  for (const route of routes) {
    const path = route.url.replace(/:([A-Za-z]+)/g, "{$1}");
    (paths[path] ??= {})[route.method.toLowerCase()] = operationOf(route);
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Microneedling Planner API",
      version,
      description:
        "Plans, treatment courses and their journal, photos, exports and calendar feeds. " +
        "Every error is application/problem+json (RFC 9457) with the offending fields in `errors`. " +
        "A plan is general information, not a diagnosis or medical advice.",
    },
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    tags: [...new Set(routes.map((route) => route.tag))].map((name) => ({ name })),
    paths,
    components: { schemas: componentSchemas() },
  };
}
