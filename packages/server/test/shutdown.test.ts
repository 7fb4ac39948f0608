// SIGTERM while a slow request is in flight: the request completes, the process exits 0.
import { request } from "node:http";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { startServer } from "./start-server.js";
import { REQUEST } from "./test-app.js";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("graceful shutdown", () => {
  it("finishes the request in flight, refuses new connections, and exits 0", async () => {
    const server = await startServer({ DATA_DIR: mkdtempSync(join(tmpdir(), "mnplan-shutdown-")) });
    const body = JSON.stringify(REQUEST);
    const { hostname, port } = new URL(server.url);
    const answer = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = request(
        {
          hostname,
          port,
          path: "/api/plan",
          method: "POST",
          headers: {
            "content-type": "application/json",
            "content-length": Buffer.byteLength(body),
          },
        },
        (res) => {
          let text = "";
          res.on("data", (chunk: Buffer) => (text += chunk.toString()));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
        },
      );
      req.on("error", reject);
      // Half the body now, the rest after the signal: the request is in flight when it comes.
      req.write(body.slice(0, 20));
      void sleep(300)
        .then(() => server.process.kill("SIGTERM"))
        .then(() => sleep(700))
        .then(() => req.end(body.slice(20)));
    });
    const { status, text } = await answer;
    expect(status).toBe(200);
    expect(JSON.parse(text)).toHaveProperty("schedule");
    expect(await server.exited).toBe(0);
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
  }, 30_000);
});
