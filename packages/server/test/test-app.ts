import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { expect } from "vitest";
import type * as z from "zod";
import { ProblemSchema } from "../src/api-schemas.js";
import type { Problem } from "../src/problem.js";
import { createApp } from "../src/index.js";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  createMemoryRepository,
  createPhotoStore,
  type PhotoStore,
  type Repository,
} from "@mnplan/store";

/** 2026-12-01T10:00:00Z: every test's clock, unless it moves it. */
export const NOW = Date.UTC(2026, 11, 1, 10);

export const REQUEST = {
  concerns: [{ concern: "acne-scars", severity: "moderate", areas: ["cheeks"] }],
  age: 34,
  fitzpatrick: 3,
  setting: "clinic",
  startDate: "2027-01-04",
  timeZone: "Europe/London",
} as const;

export interface TestApp {
  readonly app: FastifyInstance;
  readonly repository: Repository;
  readonly photos: PhotoStore;
  readonly clock: { now: number };
}

/** An app over the in-memory repository, photo files in a fresh temporary folder, and a clock the test can move. */
export function createTestApp(options: { webRoot?: string } = {}): TestApp {
  const repository = createMemoryRepository();
  const photos = createPhotoStore(mkdtempSync(join(tmpdir(), "mnplan-server-test-")));
  const clock = { now: NOW };
  const app = createApp({ repository, photos, now: () => clock.now, ...options });
  return { app, repository, photos, clock };
}

/** Asserts a body matches the schema the route documents, naming the first mismatch. */
export function expectSchema(schema: z.ZodType, body: unknown): void {
  const parsed = schema.safeParse(body);
  if (!parsed.success)
    throw new Error(`response does not match its schema: ${parsed.error.message}`);
}

/** The problem document of an answer, after checking it is one with this status. */
export function expectProblem(response: LightMyRequestResponse, status: number): Problem {
  expect(response.statusCode).toBe(status);
  expect(response.headers["content-type"]).toMatch(/^application\/problem\+json/);
  const body = response.json<Problem>();
  expectSchema(ProblemSchema, body);
  expect(body.status).toBe(status);
  return body;
}

export const SESSION = {
  date: "2027-01-09",
  setting: "clinic",
  device: "pen",
  depthByArea: [{ area: "cheeks", depthMm: 1 }],
} as const;

/** Starts a course over the app; its id. */
export async function startCourse(app: FastifyInstance, label?: string): Promise<string> {
  const response = await app.inject({
    method: "POST",
    url: "/api/courses",
    payload: label === undefined ? { request: REQUEST } : { request: REQUEST, label },
  });
  expect(response.statusCode).toBe(201);
  return response.json<{ id: string }>().id;
}
