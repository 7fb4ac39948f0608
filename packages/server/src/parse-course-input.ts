import {
  parsePlanRequest,
  type PlanRequest,
  type PlanRequestInput,
  type Result,
} from "@mnplan/core";
import * as z from "zod";
import { CourseInputSchema } from "./api-schemas.js";
import { completeRequest } from "./complete-request.js";
import { parseWith } from "./parse-with.js";

/** A new course's body, parsed: the request as given (with `today`), parsed, and the label. */
export interface CourseInput {
  readonly input: PlanRequestInput;
  readonly request: PlanRequest;
  readonly label: string | null;
}

const Envelope = CourseInputSchema.extend({ request: z.unknown() });

/** Parses `{ request, label? }`: the request with the planner's own parse, its paths under `request.`. */
export function parseCourseInput(raw: unknown, now: number): Result<CourseInput> {
  const envelope = parseWith(Envelope, raw);
  const given =
    typeof raw === "object" && raw !== null ? (raw as { request?: unknown }).request : undefined;
  const input = completeRequest(given, now);
  const request = parsePlanRequest(input);
  const requestIssues = request.ok
    ? []
    : request.issues.map((issue) => ({
        ...issue,
        path: issue.path === "" ? "request" : `request.${issue.path}`,
      }));
  // The request's own parse speaks for it.
  const issues = [...envelope.issues.filter((issue) => issue.path !== "request"), ...requestIssues];
  if (!envelope.ok || !request.ok) return { ok: false, issues };
  return {
    ok: true,
    value: {
      input: input as PlanRequestInput,
      request: request.value,
      label: envelope.value.label ?? null,
    },
    issues: [],
  };
}
