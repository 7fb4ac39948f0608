import { describe, expect, it } from "vitest";
import { createTestApp, expectProblem } from "../test/test-app.js";

describe("GET /healthz", () => {
  it("is 200 when the database answers", async () => {
    const response = await createTestApp().app.inject("/healthz");
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: "ok" });
  });

  it("is 503 problem+json when it does not", async () => {
    const { app, repository } = createTestApp();
    repository.health = () => Promise.reject(new Error("down"));
    const problem = expectProblem(await app.inject("/healthz"), 503);
    expect(problem.type).toBe("urn:mnplan:problem:unavailable");
  });
});
