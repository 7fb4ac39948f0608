import { describe, expect, it } from "vitest";
import { buildEverything } from "./gather-everything";

const course = (id: string) => ({
  id,
  label: `course ${id}`,
  createdAt: "2026-11-01T00:00:00.000Z",
});

describe("buildEverything", () => {
  it("keeps each course's export, and names the ones that could not be read", () => {
    const everything = buildEverything({
      exportedAt: "2026-11-26T10:00:00.000Z",
      draft: { request: {}, step: 0 },
      exports: [
        { course: course("a"), data: { course: { id: "a" } } },
        { course: course("b"), reason: "404 Not found" },
      ],
    });
    expect(everything).toEqual({
      format: "mnplan-my-data",
      version: 1,
      exportedAt: "2026-11-26T10:00:00.000Z",
      answers: null,
      courses: [{ course: { id: "a" } }],
      missing: [{ id: "b", label: "course b", reason: "404 Not found" }],
    });
  });
});
