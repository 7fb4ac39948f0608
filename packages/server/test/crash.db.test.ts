// An acknowledged write survives a crash: concurrent writes over real HTTP to the server on SQLite,
// SIGKILL in the middle, restart on the same data folder, and every write answered 2xx is there.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { addDays } from "@mnplan/core";
import { describe, expect, it } from "vitest";
import { startServer } from "./start-server.js";
import { REQUEST, SESSION } from "./test-app.js";

const WORKERS = 12;
/** Acknowledged writes to wait for before the kill; writers keep going until it lands. */
const KILL_AFTER = 150;

interface Acknowledged {
  readonly kind: "course" | "sessions" | "check-ins" | "ratings";
  readonly courseId: string;
  readonly id: string;
}

/** Requests sent and not yet answered: the kill must land while some are. */
const inFlight = { count: 0 };

async function post(
  url: string,
  payload: unknown,
): Promise<{ status: number; body: { id?: string; record?: { id: string } } }> {
  inFlight.count++;
  try {
    return await send(url, payload);
  } finally {
    inFlight.count--;
  }
}

async function send(
  url: string,
  payload: unknown,
): Promise<{ status: number; body: { id?: string; record?: { id: string } } }> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(payload),
  });
  return {
    status: response.status,
    body: (await response.json()) as { id?: string; record?: { id: string } },
  };
}

/** One writer: courses, each with sessions, check-ins and ratings, until the server goes away. */
async function write(
  base: string,
  acknowledged: Acknowledged[],
  stop: { now: boolean },
): Promise<void> {
  while (!stop.now) {
    const created = await post(`${base}/api/courses`, { request: REQUEST, label: "crash" });
    const courseId = created.body.id;
    if (created.status !== 201 || courseId === undefined)
      throw new Error(`course: ${created.status}`);
    acknowledged.push({ kind: "course", courseId, id: courseId });
    for (let i = 0; i < 3 && !stop.now; i++) {
      const date = addDays(SESSION.date, i * 70);
      const writes = [
        ["sessions", { ...SESSION, date }],
        ["check-ins", { date: addDays(date, 1), redness: 2, swelling: 1, pain: 1, flaking: 0 }],
        ["ratings", { date: addDays(date, 2), concern: "acne-scars", score: i + 3 }],
      ] as const;
      for (const [kind, payload] of writes) {
        const answer = await post(`${base}/api/courses/${courseId}/${kind}`, payload);
        const id = answer.body.record?.id;
        if (answer.status === 201 && id !== undefined) acknowledged.push({ kind, courseId, id });
      }
    }
  }
}

async function readIds(base: string, courseId: string, kind: string): Promise<string[]> {
  const response = await fetch(`${base}/api/courses/${courseId}/${kind}`);
  expect(response.status).toBe(200);
  return ((await response.json()) as { items: { id: string }[] }).items.map((item) => item.id);
}

describe("crash: SIGKILL during concurrent writes", () => {
  it("keeps every write that was answered 2xx, and the server starts cleanly again", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "mnplan-crash-"));
    const first = await startServer({ DATA_DIR: dataDir });
    const acknowledged: Acknowledged[] = [];
    const stop = { now: false };
    const writers = Array.from({ length: WORKERS }, () =>
      write(first.url, acknowledged, stop).catch(() => undefined),
    );
    while (acknowledged.length < KILL_AFTER) await new Promise((resolve) => setTimeout(resolve, 5));
    const pendingAtKill = inFlight.count;
    first.process.kill("SIGKILL");
    stop.now = true;
    expect(await first.exited).toBe("SIGKILL");
    await Promise.all(writers);

    const second = await startServer({ DATA_DIR: dataDir });
    try {
      expect((await fetch(`${second.url}/healthz`)).status).toBe(200);
      const courses = [...new Set(acknowledged.map((write) => write.courseId))];
      for (const courseId of courses) {
        const mine = acknowledged.filter((write) => write.courseId === courseId);
        expect((await fetch(`${second.url}/api/courses/${courseId}`)).status).toBe(200);
        for (const kind of ["sessions", "check-ins", "ratings"] as const) {
          const stored = await readIds(second.url, courseId, kind);
          const expected = mine.filter((write) => write.kind === kind).map((write) => write.id);
          expect(stored).toEqual(expect.arrayContaining(expected));
        }
      }
      expect(acknowledged.length).toBeGreaterThanOrEqual(KILL_AFTER);
      expect(pendingAtKill).toBeGreaterThan(0);
      expect(second.output()).not.toMatch(/"level":(50|60)/);
    } finally {
      second.process.kill("SIGTERM");
      expect(await second.exited).toBe(0);
    }
  }, 60_000);
});
