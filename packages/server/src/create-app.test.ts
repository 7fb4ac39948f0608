import { describe, expect, it } from "vitest";
import { createTestApp, expectProblem, REQUEST } from "../test/test-app.js";

describe("every error is problem+json", () => {
  it.each([
    ["GET", "/nope"],
    ["GET", "/api"],
    ["PUT", "/api/plan"],
    ["GET", "/api/plan"],
    ["PATCH", "/api/courses"],
    ["OPTIONS", "/api/courses"],
    ["GET", `/api/courses/${"x".repeat(300)}`],
  ] as const)("%s %s is a 404 problem", async (method, url) => {
    const problem = expectProblem(await createTestApp().app.inject({ method, url }), 404);
    expect(problem.type).toBe("urn:mnplan:problem:not-found");
  });

  it("answers a store failure with a 500 problem that hides the cause, and keeps serving", async () => {
    const { app, repository } = createTestApp();
    repository.getCourse = () => Promise.reject(new Error("disk on fire"));
    const response = await app.inject("/api/courses/00000000-0000-4000-8000-000000000000");
    const problem = expectProblem(response, 500);
    expect(problem.type).toBe("urn:mnplan:problem:internal");
    expect(response.body).not.toContain("fire");
    expect(
      (await app.inject({ method: "POST", url: "/api/plan", payload: REQUEST })).statusCode,
    ).toBe(200);
  });

  it("answers HEAD for GET routes", async () => {
    const response = await createTestApp().app.inject({ method: "HEAD", url: "/healthz" });
    expect(response.statusCode).toBe(200);
  });
});
