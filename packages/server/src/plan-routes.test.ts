import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { expectProblem, expectSchema, createTestApp, REQUEST } from "../test/test-app.js";
import { TreatmentPlanSchema } from "./api-schemas.js";

const post = (payload: unknown, headers: Record<string, string> = {}) =>
  createTestApp().app.inject({
    method: "POST",
    url: "/api/plan",
    payload: payload as object,
    headers,
  });

describe("POST /api/plan", () => {
  it("answers the plan as JSON", async () => {
    const response = await post(REQUEST);
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("application/json; charset=utf-8");
    const plan = response.json<{ status: string; rules: { id: string }; schedule: unknown[] }>();
    expectSchema(TreatmentPlanSchema, plan);
    expect(plan.status).toBe("ok");
    expect(plan.rules.id).toBe("guideline");
    expect(plan.schedule.length).toBeGreaterThan(0);
  });

  it("fills today from the clock in the request's zone, and keeps a today that was given", async () => {
    const { app, clock } = createTestApp();
    clock.now = Date.UTC(2027, 0, 20, 12);
    const late = await app.inject({ method: "POST", url: "/api/plan", payload: REQUEST });
    expect(late.json<{ startDate: string }>().startDate).toBe("2027-01-20");
    const given = await app.inject({
      method: "POST",
      url: "/api/plan",
      payload: { ...REQUEST, today: "2026-12-01" },
    });
    expect(given.json<{ startDate: string }>().startDate).toBe("2027-01-04");
  });

  it("answers an iCalendar file for Accept: text/calendar", async () => {
    const response = await post(REQUEST, { accept: "text/calendar" });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("text/calendar; charset=utf-8");
    const calendar = ICAL.Component.fromString(response.body);
    const events = calendar.getAllSubcomponents("vevent");
    expect(events.length).toBeGreaterThan(0);
    expect(String(events[0]?.getFirstPropertyValue("uid"))).toMatch(/-session-1@mnplan$/);
  });

  it.each([
    ["application/json", false],
    ["*/*", false],
    ["text/calendar;q=0.5, application/json", false],
    ["text/calendar, application/json;q=0.9", true],
    ["garbage;;;q=x", false],
  ])("Accept %j gives iCalendar: %s", async (accept, calendar) => {
    const response = await post(REQUEST, { accept });
    expect(String(response.headers["content-type"]).startsWith("text/calendar")).toBe(calendar);
  });

  it("names every offending field by its path", async () => {
    const response = await post({
      ...REQUEST,
      concerns: [{ concern: "acne-scars", severity: "huge", areas: ["cheeks"] }],
      age: "34",
      colour: "blue",
    });
    const problem = expectProblem(response, 400);
    expect(problem.type).toBe("urn:mnplan:problem:invalid-request");
    expect(problem.instance).toBe("/api/plan");
    expect(problem.errors.map((e) => [e.path, e.code])).toEqual([
      ["concerns[0].severity", "invalid-value"],
      ["age", "invalid-type"],
      ["colour", "unknown-field"],
    ]);
  });

  it("refuses an unknown rule pack with the path rules", async () => {
    const problem = expectProblem(await post({ ...REQUEST, rules: "my-clinic" }), 400);
    expect(problem.errors).toEqual([
      expect.objectContaining({ path: "rules", code: "unknown-rule-pack" }),
    ]);
  });

  it.each([
    ["malformed JSON", "application/json", '{"age": ', 400, "malformed-json"],
    ["an empty body", "application/json", "", 400, "required"],
    ["JSON null", "application/json", "null", 400, "required"],
    ["an array", "application/json", "[]", 400, "invalid-type"],
    ["text/plain", "text/plain", "hello", 415, "unsupported-media-type"],
    ["a form", "application/x-www-form-urlencoded", "a=1", 415, "unsupported-media-type"],
    ["multipart", "multipart/form-data; boundary=x", "--x--", 415, "unsupported-media-type"],
    ["prototype poisoning", "application/json", `{"__proto__": {"x": 1}}`, 400, "malformed-json"],
  ])("refuses %s", async (_what, type, payload, status, code) => {
    const problem = expectProblem(await post(payload, { "content-type": type }), status);
    expect(problem.errors[0]?.code).toBe(code);
  });

  it("refuses a body over 1 MB with 413", async () => {
    const big = JSON.stringify({ ...REQUEST, padding: "x".repeat(1_100_000) });
    const problem = expectProblem(await post(big, { "content-type": "application/json" }), 413);
    expect(problem.type).toBe("urn:mnplan:problem:payload-too-large");
  });
});
