import type { FastifyInstance } from "fastify";
import { createApp, type PhotoStore } from "../src/index.js";
import { createFakePhotoStore, createFakeRepository } from "./fake-store.js";

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
  readonly repository: ReturnType<typeof createFakeRepository>;
  readonly photos: PhotoStore;
  readonly clock: { now: number };
}

/** An app over in-memory stores and a clock the test can move. */
export function createTestApp(): TestApp {
  const repository = createFakeRepository();
  const photos = createFakePhotoStore();
  const clock = { now: NOW };
  const app = createApp({ repository, photos, now: () => clock.now });
  return { app, repository, photos, clock };
}
