import { describe, expect, it } from "vitest";
import {
  createTestApp,
  expectProblem,
  expectSchema,
  SESSION,
  startCourse,
} from "../test/test-app.js";
import { ExportSchema } from "./api-schemas.js";

describe("exports", () => {
  async function courseWithJournal() {
    const test = createTestApp();
    const id = await startCourse(test.app, "Ann");
    const post = (path: string, payload: object) =>
      test.app.inject({ method: "POST", url: `/api/courses/${id}/${path}`, payload });
    await post("sessions", {
      ...SESSION,
      products: ["hyaluronic serum"],
      notes: '=HYPERLINK("x")',
    });
    await post("check-ins", {
      date: "2027-01-10",
      redness: 2,
      swelling: 1,
      pain: 0,
      flaking: 0,
      warningSigns: ["pus"],
      notes: 'red, "hot"\nand sore',
    });
    await post("ratings", { date: "2027-02-01", concern: "acne-scars", score: 4 });
    return { ...test, id };
  }

  it("exports everything as JSON", async () => {
    const { app, id } = await courseWithJournal();
    const response = await app.inject(`/api/courses/${id}/export.json`);
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-disposition"]).toBe(
      `attachment; filename="course-${id}.json"`,
    );
    const body = response.json<{
      course: { id: string };
      sessions: unknown[];
      checkIns: unknown[];
      ratings: unknown[];
      revisions: unknown[];
    }>();
    expectSchema(ExportSchema, body);
    expect(body.course.id).toBe(id);
    expect([body.sessions.length, body.checkIns.length, body.ratings.length]).toEqual([1, 1, 1]);
    expect(body.revisions.length).toBeGreaterThan(1);
  });

  it("exports the journal as one CSV with a kind column, quoted and guarded", async () => {
    const { app, id } = await courseWithJournal();
    const response = await app.inject(`/api/courses/${id}/export.csv`);
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("text/csv; charset=utf-8; header=present");
    const lines = response.body.split("\r\n");
    expect(lines[0]?.startsWith("kind,id,date,recordedAt,")).toBe(true);
    expect(lines.slice(1).map((line) => line.split(",")[0])).toEqual([
      "session",
      "check-in",
      "rating",
      "",
    ]);
    expect(response.body).toContain(`"'=HYPERLINK(""x"")"`);
    expect(response.body).toContain('"red, ""hot""\nand sore"');
    expect(response.body).toContain(",cheeks:1,");
  });

  it.each(["export.json", "export.csv"])(
    "answers 404 for %s of an unknown course",
    async (file) => {
      const { app } = createTestApp();
      expectProblem(
        await app.inject(`/api/courses/00000000-0000-4000-8000-000000000000/${file}`),
        404,
      );
    },
  );
});
