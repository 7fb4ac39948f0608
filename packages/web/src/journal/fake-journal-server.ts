// Test support: the course and journal routes of the API, answered in memory by the real core
// (parsing, the too-early check, adaptPlan), so component tests meet the answers the server gives.
// Only `fetch` is replaced; every call is kept for the tests to check.
import {
  adaptPlan,
  buildPlan,
  checkSessionDate,
  CheckInInputSchema,
  fromZodIssues,
  GUIDELINE_PACK,
  parsePlanRequest,
  PerformedSessionInputSchema,
  planNextSession,
  ProgressRatingInputSchema,
  type CheckIn,
  type CheckInInput,
  type Course,
  type Issue,
  type PerformedSession,
  type PerformedSessionInput,
  type PlanRequestInput,
  type PlanRevision,
  type ProgressRating,
} from "@mnplan/core";
import type * as z from "zod";

export const COURSE_ID = "0b6c1a52-4c1e-4c55-9a43-4a8f3e0b1c01";

/** Moderate acne scars on cheeks and forehead at a clinic: 4 sessions, 6 weeks apart. */
export const TEST_REQUEST: PlanRequestInput = {
  concerns: [{ concern: "acne-scars", areas: ["cheeks", "forehead"], severity: "moderate" }],
  age: 34,
  fitzpatrick: 3,
  setting: "clinic",
  startDate: "2027-01-04",
  timeZone: "Europe/London",
};

export interface Call {
  readonly method: string;
  readonly url: string;
  readonly body: unknown;
}

type Answer = readonly [status: number, body: unknown];

function problem(issues: readonly Issue[], status: number, title: string, extra = {}): Answer {
  const errors = issues.map(({ path, message, code }) => ({ path, message, code }));
  const detail = errors.map((e) => `${e.path}: ${e.message}`).join("; ");
  return [
    status,
    { type: "urn:mnplan:problem:x", title, status, detail, instance: "", errors, ...extra },
  ];
}

/** A course on a fake server, and the journal it keeps; `today` is the server's day. */
export function createJournalServer(today: string, request: PlanRequestInput = TEST_REQUEST) {
  const parsed = parsePlanRequest(request);
  if (!parsed.ok) throw new Error("bad test request");
  const plan = buildPlan(parsed.value, GUIDELINE_PACK);
  const createdAt = `${today}T09:00:00.000Z`;
  const first: PlanRevision = {
    number: 0,
    createdAt,
    cause: "created",
    state: "active",
    plan,
    changes: [],
  };
  const revisions: PlanRevision[] = [first];
  const sessions: PerformedSession[] = [];
  const checkIns: CheckIn[] = [];
  const ratings: ProgressRating[] = [];
  const calls: Call[] = [];
  const nextDue = (revision: PlanRevision) =>
    revision.state === "active"
      ? (revision.plan.schedule.find((s) => s.state !== "done")?.date ??
        planNextSession(revision.plan, sessions).recommendedFrom)
      : null;
  const course = (): Course => {
    const current = revisions.at(-1) ?? first;
    return {
      id: COURSE_ID,
      createdAt,
      label: "Cheeks",
      request,
      rules: { id: "guideline", version: GUIDELINE_PACK.version },
      current,
      nextDue: nextDue(current),
    };
  };

  /** Adapts the plan as the journal package does; the standing a write answers with. */
  const revise = (cause: string) => {
    const current = revisions.at(-1) ?? first;
    const adapted = adaptPlan({
      request: parsed.value,
      pack: GUIDELINE_PACK,
      plan,
      sessions,
      checkIns,
      ratings,
      today,
    });
    const changed =
      adapted.state !== current.state ||
      JSON.stringify(adapted.plan) !== JSON.stringify(current.plan);
    const revision = changed
      ? {
          number: current.number + 1,
          createdAt: `${today}T10:00:00.000Z`,
          cause,
          state: adapted.state,
          plan: adapted.plan,
          changes: adapted.changes,
        }
      : current;
    if (changed) revisions.push(revision);
    return {
      revision: revision.number,
      state: revision.state,
      changes: changed ? revision.changes : [],
      nextDue: nextDue(revision),
    };
  };

  function record<T extends { date: string }>(
    schema: z.ZodType<T>,
    body: unknown,
    into: (T & { id: string; recordedAt: string })[],
    cause: string,
    check?: (input: T) => { refused: Answer } | { warnings: Issue[] },
  ): Answer {
    const input = schema.safeParse(body);
    if (!input.success) return problem(fromZodIssues(input.error.issues), 400, "Invalid request");
    const checked = check?.(input.data) ?? { warnings: [] };
    if ("refused" in checked) return checked.refused;
    const { warnings } = checked;
    const saved = {
      ...input.data,
      id: `record-${calls.length}`,
      recordedAt: `${today}T10:00:00.000Z`,
    };
    into.push(saved);
    return [201, { record: saved, warnings, plan: revise(cause) }];
  }

  const checkDate = (input: { date: string }) => {
    const check = checkSessionDate((revisions.at(-1) ?? first).plan, sessions, input.date);
    if (check.verdict !== "refused") return { warnings: [...check.issues] };
    const extra = check.next.allowedFrom ? { allowedFrom: check.next.allowedFrom } : {};
    return { refused: problem(check.issues, 409, "Too soon after the last session", extra) };
  };

  const base = `/api/courses/${COURSE_ID}`;
  const routes: Record<string, (body: unknown) => Answer> = {
    [`GET ${base}`]: () => [200, course()],
    [`GET ${base}/revisions`]: () => [200, { items: revisions }],
    [`GET ${base}/check-ins`]: () => [200, { items: checkIns }],
    [`POST ${base}/sessions`]: (body) =>
      record(PerformedSessionInputSchema, body, sessions, "session-logged", checkDate),
    [`POST ${base}/check-ins`]: (body) => record(CheckInInputSchema, body, checkIns, "check-in"),
    [`POST ${base}/ratings`]: (body) => record(ProgressRatingInputSchema, body, ratings, "rating"),
  };

  const fetch = (input: string | URL | Request, init: RequestInit = {}): Promise<Response> => {
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    const method = init.method ?? "GET";
    const body: unknown = typeof init.body === "string" ? JSON.parse(init.body) : undefined;
    calls.push({ method, url, body });
    const route = routes[`${method} ${url}`];
    const [status, answer] = route ? route(body) : problem([], 404, "Not found");
    const type = status >= 400 ? "application/problem+json" : "application/json";
    return Promise.resolve(
      new Response(JSON.stringify(answer), { status, headers: { "content-type": type } }),
    );
  };

  /** Records history without going through the page, and adapts the plan to it. */
  const seed = (entries: {
    sessions?: readonly PerformedSessionInput[];
    checkIns?: readonly CheckInInput[];
  }) => {
    const meta = { id: "seeded", recordedAt: `${today}T08:00:00.000Z` };
    sessions.push(...(entries.sessions ?? []).map((entry) => ({ ...entry, ...meta })));
    checkIns.push(...(entries.checkIns ?? []).map((entry) => ({ ...entry, ...meta })));
    revise(entries.checkIns ? "check-in" : "session-logged");
  };

  return { fetch, calls, course, seed };
}
