import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import {
  createTestApp,
  expectProblem,
  expectSchema,
  SESSION,
  startCourse,
} from "../test/test-app.js";
import { FeedSchema } from "./api-schemas.js";

type App = ReturnType<typeof createTestApp>["app"];

async function subscribe(app: App, id: string): Promise<string> {
  const response = await app.inject({ method: "POST", url: `/api/courses/${id}/feed` });
  expect(response.statusCode).toBe(201);
  expectSchema(FeedSchema, response.json());
  return new URL(response.json<{ url: string }>().url).pathname;
}

async function readFeed(app: App, path: string) {
  const response = await app.inject(path);
  expect(response.statusCode).toBe(200);
  expect(response.headers["content-type"]).toBe("text/calendar; charset=utf-8");
  const calendar = ICAL.Component.fromString(response.body);
  return calendar.getAllSubcomponents("vevent").map((event) => ({
    uid: String(event.getFirstPropertyValue("uid")),
    sequence: Number(event.getFirstPropertyValue("sequence")),
    start: String(event.getFirstPropertyValue("dtstart")),
  }));
}

describe("calendar feeds", () => {
  it("serves a secret URL whose SEQUENCE rises when the plan changes, with the same UIDs", async () => {
    const { app } = createTestApp();
    const id = await startCourse(app, "Ann");
    const path = await subscribe(app, id);
    expect(path).toMatch(/^\/feeds\/[A-Za-z0-9_-]{43}\.ics$/);
    const before = await readFeed(app, path);
    expect(before.length).toBeGreaterThan(1);
    expect(before.map((e) => e.uid)).toEqual(
      before.map((_e, i) => `${id}-session-${i + 1}@mnplan`),
    );
    expect(new Set(before.map((e) => e.sequence))).toEqual(new Set([0]));

    await app.inject({ method: "POST", url: `/api/courses/${id}/sessions`, payload: SESSION });
    const after = await readFeed(app, path);
    expect(after.map((e) => e.uid)).toEqual(before.map((e) => e.uid));
    expect(new Set(after.map((e) => e.sequence))).toEqual(new Set([1]));
  });

  it("names the calendar after the course's label", async () => {
    const { app } = createTestApp();
    const path = await subscribe(app, await startCourse(app, "Ann"));
    expect((await app.inject(path)).body).toContain("X-WR-CALNAME:Microneedling: Ann");
  });

  it("rotates: a new URL revokes the old one", async () => {
    const { app } = createTestApp();
    const id = await startCourse(app);
    const first = await subscribe(app, id);
    const second = await subscribe(app, id);
    expect(second).not.toBe(first);
    expectProblem(await app.inject(first), 404);
    await readFeed(app, second);
  });

  it("revokes: the URL answers 404 afterwards", async () => {
    const { app } = createTestApp();
    const id = await startCourse(app);
    const path = await subscribe(app, id);
    expect(
      (await app.inject({ method: "DELETE", url: `/api/courses/${id}/feed` })).statusCode,
    ).toBe(204);
    expectProblem(await app.inject(path), 404);
  });

  it("answers 404 once the course is deleted", async () => {
    const { app } = createTestApp();
    const id = await startCourse(app);
    const path = await subscribe(app, id);
    await app.inject({ method: "DELETE", url: `/api/courses/${id}` });
    expectProblem(await app.inject(path), 404);
  });

  it.each([
    "/feeds/x.ics",
    `/feeds/${"a".repeat(43)}.ics`,
    `/feeds/${"a".repeat(43)}.txt`,
    "/feeds/",
  ])("answers 404 for %s", async (path) => {
    expectProblem(await createTestApp().app.inject(path), 404);
  });

  it("answers 404 for feeds of unknown courses", async () => {
    const { app } = createTestApp();
    const missing = "00000000-0000-4000-8000-000000000000";
    expectProblem(await app.inject({ method: "POST", url: `/api/courses/${missing}/feed` }), 404);
    expectProblem(await app.inject({ method: "DELETE", url: `/api/courses/${missing}/feed` }), 404);
  });
});
