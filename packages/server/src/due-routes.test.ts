import { describe, expect, it } from "vitest";
import { createTestApp, expectProblem, expectSchema, startCourse } from "../test/test-app.js";
import { DueListSchema } from "./api-schemas.js";

describe("GET /api/due", () => {
  it("lists the sessions due in a range, soonest first", async () => {
    const { app } = createTestApp();
    const id = await startCourse(app, "Ann");
    const course = await app.inject(`/api/courses/${id}`);
    const nextDue = course.json<{ nextDue: string }>().nextDue;
    const response = await app.inject(`/api/due?from=${nextDue}&to=${nextDue}`);
    expectSchema(DueListSchema, response.json());
    expect(response.json()).toEqual({
      items: [{ courseId: id, label: "Ann", date: nextDue, number: 1 }],
    });
    const none = await app.inject("/api/due?from=2030-01-01&to=2030-01-31&limit=5");
    expect(none.json()).toEqual({ items: [] });
  });

  it("defaults to the week from today", async () => {
    const { app, clock } = createTestApp();
    const id = await startCourse(app);
    const nextDue = (await app.inject(`/api/courses/${id}`)).json<{ nextDue: string }>().nextDue;
    clock.now = Date.parse(`${nextDue}T12:00:00Z`) - 3 * 86_400_000;
    const response = await app.inject("/api/due");
    expect(response.json<{ items: unknown[] }>().items).toHaveLength(1);
  });

  it.each([
    ["from=2027-02-30", "from"],
    ["from=2027-02-01&to=2027-01-01", "to"],
    ["from=2027-01-01&to=2029-01-01", "to"],
    ["limit=0", "limit"],
    ["limit=1001", "limit"],
    ["until=2027-01-01", "until"],
  ])("refuses %s", async (query, path) => {
    const problem = expectProblem(await createTestApp().app.inject(`/api/due?${query}`), 400);
    expect(problem.errors.map((e) => e.path)).toEqual([path]);
  });
});
