// Three server processes started at the same moment on one new data folder: each must start (one
// of them used to fail with "table courses already exists"), and they share one database.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "./start-server.js";
import { REQUEST } from "./test-app.js";

let running: RunningServer[] = [];
let dataDir = "";
afterEach(async () => {
  for (const server of running) server.process.kill("SIGTERM");
  await Promise.all(running.map((server) => server.exited));
  running = [];
  rmSync(dataDir, { recursive: true, force: true });
});

describe("first start on a new data folder", () => {
  it("starts every one of several servers started at once, over one shared database", async () => {
    dataDir = mkdtempSync(join(tmpdir(), "mnplan-first-start-"));
    const started = await Promise.allSettled(
      Array.from({ length: 3 }, () => startServer({ DATA_DIR: dataDir }, 60_000)),
    );
    running = started.flatMap((result) => (result.status === "fulfilled" ? [result.value] : []));
    expect(started.filter((result) => result.status === "rejected")).toEqual([]);

    const [first, ...others] = running;
    if (!first) throw new Error("no server started");
    const made = await fetch(`${first.url}/api/courses`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ request: REQUEST, label: "Shared" }),
    });
    expect(made.status).toBe(201);
    const { id } = (await made.json()) as { id: string };
    for (const server of others) {
      const read = await fetch(`${server.url}/api/courses/${id}`);
      expect(read.status).toBe(200);
      expect(((await read.json()) as { label: string }).label).toBe("Shared");
    }
  });
});
