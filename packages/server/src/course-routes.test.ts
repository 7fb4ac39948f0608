import { describe, expect, it } from "vitest";
import {
  createTestApp,
  expectProblem,
  expectSchema,
  REQUEST,
  SESSION,
  startCourse,
} from "../test/test-app.js";
import {
  CoursePageSchema,
  CourseSchema,
  PlanRevisionSchema,
  RevisionListSchema,
} from "./api-schemas.js";

const MISSING = "00000000-0000-4000-8000-000000000000";

describe("courses", () => {
  it("creates a course at revision 0 with the request's pack, today filled in and its next date", async () => {
    const { app } = createTestApp();
    const response = await app.inject({
      method: "POST",
      url: "/api/courses",
      payload: { request: { ...REQUEST, rules: "evidence" }, label: "Ann" },
    });
    expect(response.statusCode).toBe(201);
    const course = response.json<{
      id: string;
      label: string;
      request: { today: string };
      rules: { id: string };
      current: {
        number: number;
        cause: string;
        state: string;
        plan: { schedule: { date: string }[] };
      };
      nextDue: string;
    }>();
    expectSchema(CourseSchema, course);
    expect(response.headers.location).toBe(`/api/courses/${course.id}`);
    expect(course).toMatchObject({
      label: "Ann",
      request: { today: "2026-12-01" },
      rules: { id: "evidence" },
      current: { number: 0, cause: "created", state: "active" },
    });
    expect(course.nextDue).toBe(course.current.plan.schedule[0]?.date);
  });

  it("reads a course back, its current plan and its revisions", async () => {
    const { app } = createTestApp();
    const id = await startCourse(app);
    const course = await app.inject(`/api/courses/${id}`);
    expect(course.statusCode).toBe(200);
    expect(course.json<{ id: string }>().id).toBe(id);
    const plan = await app.inject(`/api/courses/${id}/plan`);
    expectSchema(PlanRevisionSchema, plan.json());
    expect(plan.json<{ number: number; changes: unknown[] }>()).toMatchObject({
      number: 0,
      changes: [],
    });
    await app.inject({ method: "POST", url: `/api/courses/${id}/sessions`, payload: SESSION });
    const revisions = await app.inject(`/api/courses/${id}/revisions`);
    expectSchema(RevisionListSchema, revisions.json());
    expect(revisions.json<{ items: { number: number; cause: string }[] }>().items).toEqual([
      expect.objectContaining({ number: 0, cause: "created" }),
      expect.objectContaining({ number: 1, cause: "session-logged" }),
    ]);
  });

  it("lists courses a page at a time, oldest first", async () => {
    const { app, clock } = createTestApp();
    const ids: string[] = [];
    for (const label of ["a", "b", "c"]) {
      clock.now += 1000;
      ids.push(await startCourse(app, label));
    }
    const first = await app.inject("/api/courses?limit=2");
    expectSchema(CoursePageSchema, first.json());
    const page = first.json<{ items: { id: string; status: string }[]; next: string }>();
    expect(page.items.map((c) => c.id)).toEqual(ids.slice(0, 2));
    const rest = await app.inject(`/api/courses?limit=2&after=${encodeURIComponent(page.next)}`);
    expect(rest.json<{ items: { id: string }[] }>().items.map((c) => c.id)).toEqual(ids.slice(2));
    expect(rest.json<{ next?: string }>().next).toBeUndefined();
  });

  it("deletes a course with everything recorded for it", async () => {
    const { app } = createTestApp();
    const id = await startCourse(app);
    const deleted = await app.inject({ method: "DELETE", url: `/api/courses/${id}` });
    expect(deleted.statusCode).toBe(204);
    expect(deleted.body).toBe("");
    expectProblem(await app.inject(`/api/courses/${id}`), 404);
    expectProblem(await app.inject({ method: "DELETE", url: `/api/courses/${id}` }), 404);
  });

  it.each([
    ["GET", `/api/courses/${MISSING}`],
    ["GET", `/api/courses/${MISSING}/plan`],
    ["GET", `/api/courses/${MISSING}/revisions`],
    ["DELETE", `/api/courses/${MISSING}`],
    ["GET", "/api/courses/not-an-id"],
    ["GET", "/api/courses/not-an-id/plan"],
    ["DELETE", "/api/courses/%00"],
  ] as const)("%s %s is 404", async (method, url) => {
    const problem = expectProblem(await createTestApp().app.inject({ method, url }), 404);
    expect(problem.errors[0]).toMatchObject({ path: "id", code: "not-found" });
  });

  it.each([
    ["limit=0", "limit"],
    ["limit=101", "limit"],
    ["limit=ten", "limit"],
    ["limit=1&limit=2", "limit"],
    ["after=", "after"],
    ["sort=name", "sort"],
  ])("refuses the query %s", async (query, path) => {
    const problem = expectProblem(await createTestApp().app.inject(`/api/courses?${query}`), 400);
    expect(problem.errors.map((e) => e.path)).toEqual([path]);
  });

  it("refuses a cursor it did not give out", async () => {
    const problem = expectProblem(await createTestApp().app.inject("/api/courses?after=zzz"), 400);
    expect(problem.errors[0]).toMatchObject({ path: "after", code: "invalid-cursor" });
  });

  it("names a bad request under request., and a bad label by its own path", async () => {
    const { app } = createTestApp();
    const response = await app.inject({
      method: "POST",
      url: "/api/courses",
      payload: { request: { ...REQUEST, fitzpatrick: 9 }, label: "", extra: true },
    });
    const problem = expectProblem(response, 400);
    expect(problem.errors.map((e) => e.path).sort()).toEqual([
      "extra",
      "label",
      "request.fitzpatrick",
    ]);
  });

  it.each([
    [{}, "request"],
    [{ request: "x" }, "request"],
    [{ request: { ...REQUEST, rules: "nope" } }, "request.rules"],
  ])("refuses %j at %s", async (payload, path) => {
    const response = await createTestApp().app.inject({
      method: "POST",
      url: "/api/courses",
      payload,
    });
    expect(expectProblem(response, 400).errors.map((e) => e.path)).toEqual([path]);
  });
});
