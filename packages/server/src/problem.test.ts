import { errorIssue, type Issue } from "@mnplan/core";
import { describe, expect, it } from "vitest";
import { buildProblem, statusFor } from "./problem.js";

const issue = (code: string): Issue => errorIssue(code, "x", "m");

describe("statusFor", () => {
  it.each([
    [["required"], 400],
    [["unknown-field", "invalid-type"], 400],
    [["not-found"], 404],
    [["route-not-found"], 404],
    [["too-early"], 409],
    [["no-session-allowed"], 409],
    [["payload-too-large"], 413],
    [["unsupported-media-type"], 415],
    [["invalid-image"], 422],
    [["unavailable"], 503],
    [["internal"], 500],
    [["required", "not-found"], 404],
    [["invalid-image", "unsupported-media-type"], 415],
    [[], 400],
  ])("%j → %i", (codes, status) => {
    expect(statusFor(codes.map(issue))).toBe(status);
  });

  it("ignores warnings", () => {
    expect(statusFor([{ ...issue("not-found"), severity: "warning" }, issue("required")])).toBe(
      400,
    );
  });
});

describe("buildProblem", () => {
  it("is an RFC 9457 document with the issues in errors and extensions after", () => {
    const problem = buildProblem([errorIssue("too-early", "date", "Too soon")], "/api/x", {
      allowedFrom: "2027-02-06",
    });
    expect(problem).toEqual({
      type: "urn:mnplan:problem:too-early",
      title: "Too soon after the last session",
      status: 409,
      detail: "date: Too soon",
      instance: "/api/x",
      errors: [{ path: "date", message: "Too soon", code: "too-early" }],
      allowedFrom: "2027-02-06",
    });
  });

  it("sums several issues up in its detail", () => {
    const problem = buildProblem(
      [errorIssue("required", "a", "Required"), errorIssue("too-big", "", "Big")],
      "/",
    );
    expect(problem.detail).toBe("2 problems: a: Required; Big");
  });
});
