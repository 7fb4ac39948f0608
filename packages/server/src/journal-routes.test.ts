import { CourseLockTimeoutError } from "@mnplan/store";
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
  CheckInListSchema,
  CheckInRecordedSchema,
  RatingListSchema,
  RatingRecordedSchema,
  SessionListSchema,
  SessionLoggedSchema,
} from "./api-schemas.js";

const MISSING = "00000000-0000-4000-8000-000000000000";
const CHECK_IN = { date: "2027-01-10", redness: 2, swelling: 1, pain: 0, flaking: 0 };
const RATING = { date: "2027-02-01", concern: "acne-scars", score: 4 };

async function logSession(
  app: Awaited<ReturnType<typeof createTestApp>>["app"],
  id: string,
  date: string,
) {
  return app.inject({
    method: "POST",
    url: `/api/courses/${id}/sessions`,
    payload: { ...SESSION, date },
  });
}

describe("sessions", () => {
  it("logs a session, revises the plan and lists it", async () => {
    const { app } = createTestApp();
    const id = await startCourse(app);
    const response = await logSession(app, id, "2027-01-09");
    expect(response.statusCode).toBe(201);
    const body = response.json<{
      record: { id: string; recordedAt: string };
      warnings: unknown[];
      plan: { revision: number; nextDue: string };
    }>();
    expectSchema(SessionLoggedSchema, body);
    expect(body.warnings).toEqual([]);
    expect(body.record.recordedAt).toBe("2026-12-01T10:00:00.000Z");
    expect(body.plan).toMatchObject({ revision: 1, nextDue: "2027-02-20" });
    const list = await app.inject(`/api/courses/${id}/sessions`);
    expectSchema(SessionListSchema, list.json());
    expect(list.json<{ items: { id: string }[] }>().items.map((s) => s.id)).toEqual([
      body.record.id,
    ]);
    const course = await app.inject(`/api/courses/${id}`);
    expect(course.json<{ nextDue: string }>().nextDue).toBe("2027-02-20");
  });

  it("refuses a session before the window minimum with 409 and the date it becomes allowed", async () => {
    const { app } = createTestApp();
    const id = await startCourse(app);
    await logSession(app, id, "2027-01-09");
    const problem = expectProblem(await logSession(app, id, "2027-02-05"), 409);
    expect(problem).toMatchObject({
      type: "urn:mnplan:problem:too-early",
      allowedFrom: "2027-02-06",
      errors: [{ path: "date", code: "too-early" }],
    });
    const list = await app.inject(`/api/courses/${id}/sessions`);
    expect(list.json<{ items: unknown[] }>().items).toHaveLength(1);
  });

  it("keeps a session before the recommended date, with a warning", async () => {
    const { app } = createTestApp();
    const id = await startCourse(app);
    await logSession(app, id, "2027-01-09");
    const response = await logSession(app, id, "2027-02-06");
    expect(response.statusCode).toBe(201);
    expect(response.json<{ warnings: unknown[] }>().warnings).toEqual([
      expect.objectContaining({ code: "before-recommended", path: "date", severity: "warning" }),
    ]);
  });

  it("refuses any session for a plan that allows none", async () => {
    const { app } = createTestApp();
    const created = await app.inject({
      method: "POST",
      url: "/api/courses",
      payload: { request: { ...REQUEST, health: { pregnant: true } } },
    });
    const id = created.json<{ id: string }>().id;
    const problem = expectProblem(await logSession(app, id, "2027-01-09"), 409);
    expect(problem.type).toBe("urn:mnplan:problem:no-session-allowed");
    expect(problem).not.toHaveProperty("allowedFrom");
  });

  it("answers 503 when another writer holds the course past the lock timeout, writing nothing", async () => {
    const { app, repository } = createTestApp();
    const id = await startCourse(app);
    repository.withCourseLock = () => Promise.reject(new CourseLockTimeoutError(id, 10_000));
    const problem = expectProblem(await logSession(app, id, "2027-01-09"), 503);
    expect(problem).toMatchObject({ type: "urn:mnplan:problem:unavailable" });
    expect((await repository.getHistory(id))?.sessions).toEqual([]);
  });

  it("serialises concurrent sessions on one course: only one of two close dates is kept", async () => {
    const { app } = createTestApp();
    const id = await startCourse(app);
    const answers = await Promise.all([
      logSession(app, id, "2027-01-09"),
      logSession(app, id, "2027-01-10"),
    ]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 409]);
    const revisions = await app.inject(`/api/courses/${id}/revisions`);
    expect(revisions.json<{ items: { number: number }[] }>().items.map((r) => r.number)).toEqual([
      0, 1,
    ]);
  });
});

describe.each([
  ["check-ins", CHECK_IN, CheckInRecordedSchema, CheckInListSchema],
  ["ratings", RATING, RatingRecordedSchema, RatingListSchema],
] as const)("%s", (path, valid, recorded, list) => {
  it("records one and lists it", async () => {
    const { app } = createTestApp();
    const id = await startCourse(app);
    const response = await app.inject({
      method: "POST",
      url: `/api/courses/${id}/${path}`,
      payload: valid,
    });
    expect(response.statusCode).toBe(201);
    expectSchema(recorded, response.json());
    const listed = await app.inject(`/api/courses/${id}/${path}`);
    expectSchema(list, listed.json());
    expect(listed.json<{ items: unknown[] }>().items).toEqual([
      response.json<{ record: unknown }>().record,
    ]);
  });

  it("refuses bad fields by path", async () => {
    const { app } = createTestApp();
    const id = await startCourse(app);
    const payload = { ...valid, date: "2027-02-30", bogus: 1 };
    const problem = expectProblem(
      await app.inject({ method: "POST", url: `/api/courses/${id}/${path}`, payload }),
      400,
    );
    expect(problem.errors.map((e) => [e.path, e.code])).toEqual([
      ["date", "invalid-value"],
      ["bogus", "unknown-field"],
    ]);
  });

  it("answers 404 for an unknown course", async () => {
    const { app } = createTestApp();
    expectProblem(
      await app.inject({ method: "POST", url: `/api/courses/${MISSING}/${path}`, payload: valid }),
      404,
    );
    expectProblem(await app.inject(`/api/courses/${MISSING}/${path}`), 404);
  });
});

describe("session input", () => {
  it.each([
    [{ ...SESSION, depthByArea: [] }, "depthByArea", "too-small"],
    [{ ...SESSION, device: "laser" }, "device", "invalid-value"],
    [
      { ...SESSION, depthByArea: [{ area: "cheeks", depthMm: 9 }] },
      "depthByArea[0].depthMm",
      "too-big",
    ],
    [{ ...SESSION, passes: 1.5 }, "passes", "invalid-type"],
    [{ setting: "clinic", device: "pen", depthByArea: SESSION.depthByArea }, "date", "required"],
  ])("refuses %j at %s", async (payload, path, code) => {
    const { app } = createTestApp();
    const id = await startCourse(app);
    const response = await app.inject({
      method: "POST",
      url: `/api/courses/${id}/sessions`,
      payload,
    });
    expect(expectProblem(response, 400).errors).toEqual([expect.objectContaining({ path, code })]);
  });
});

describe("the plan adapts", () => {
  it("lengthens the next interval and lowers the depth after a slow reaction, with reasons", async () => {
    const { app } = createTestApp();
    const id = await startCourse(app);
    await logSession(app, id, "2027-01-09");
    const response = await app.inject({
      method: "POST",
      url: `/api/courses/${id}/check-ins`,
      payload: { date: "2027-01-13", redness: 3, swelling: 2, pain: 1, flaking: 0 },
    });
    const { plan } = response.json<{
      plan: { revision: number; state: string; changes: { code: string; rule: string }[] };
    }>();
    expect(plan).toMatchObject({ revision: 2, state: "active" });
    expect(plan.changes.map((c) => [c.code, c.rule]).slice(0, 2)).toEqual([
      ["interval-lengthened", "adapt.slow-reaction"],
      ["depth-lowered", "adapt.slow-reaction"],
    ]);
    const current = await app.inject(`/api/courses/${id}/plan`);
    expect(current.json<{ number: number; cause: string }>()).toMatchObject({
      number: 2,
      cause: "check-in",
    });
  });

  it("pauses on a warning sign, with no date due, and warns on a session logged while paused", async () => {
    const { app } = createTestApp();
    const id = await startCourse(app);
    await logSession(app, id, "2027-01-09");
    const response = await app.inject({
      method: "POST",
      url: `/api/courses/${id}/check-ins`,
      payload: { ...CHECK_IN, warningSigns: ["pus"] },
    });
    expect(response.json<{ plan: unknown }>().plan).toMatchObject({
      state: "paused",
      nextDue: null,
      changes: [{ code: "paused", rule: "adapt.warning-sign" }],
    });
    const later = await logSession(app, id, "2027-03-30");
    expect(later.statusCode).toBe(201);
    expect(later.json<{ warnings: { code: string }[] }>().warnings.map((w) => w.code)).toEqual([
      "course-paused",
    ]);
  });

  it("starts a course that screening holds back as paused, with nothing due", async () => {
    const { app } = createTestApp();
    const response = await app.inject({
      method: "POST",
      url: "/api/courses",
      payload: { request: { ...REQUEST, health: { pregnant: true } } },
    });
    expect(response.json()).toMatchObject({ current: { state: "paused" }, nextDue: null });
  });

  it("saves no revision when nothing moved", async () => {
    const { app } = createTestApp();
    const id = await startCourse(app);
    const response = await app.inject({
      method: "POST",
      url: `/api/courses/${id}/ratings`,
      payload: RATING,
    });
    expect(response.json<{ plan: unknown }>().plan).toMatchObject({ revision: 0, changes: [] });
  });
});
