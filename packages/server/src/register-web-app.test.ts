import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { createTestApp, expectProblem } from "../test/test-app.js";
import { WEB_CSP } from "./register-web-app.js";

const PAGE = "<!doctype html><title>app</title><div id=root></div>";
const SCRIPT = "console.log('the app');".repeat(40);

/** A built web app in a temporary folder, as Vite writes it: a page, hashed assets, .gz copies. */
function builtApp(): string {
  const root = mkdtempSync(join(tmpdir(), "mnplan-web-"));
  mkdirSync(join(root, "assets"));
  writeFileSync(join(root, "index.html"), PAGE);
  writeFileSync(join(root, "assets", "index-abc123.js"), SCRIPT);
  writeFileSync(join(root, "assets", "index-abc123.js.gz"), gzipSync(SCRIPT));
  return root;
}

const html = { accept: "text/html,application/xhtml+xml" };

describe("the web app", () => {
  it.each(["/", "/start", "/course/9f1c/journal", "/plan?step=2"])(
    "answers its page, not cached, with a content security policy, for %s",
    async (url) => {
      const { app } = createTestApp({ webRoot: builtApp() });
      const response = await app.inject({ url, headers: html });
      expect(response.statusCode).toBe(200);
      expect(response.headers["content-type"]).toMatch(/^text\/html/);
      expect(response.headers["cache-control"]).toBe("no-cache");
      expect(response.headers["content-security-policy"]).toBe(WEB_CSP);
      expect(response.body).toBe(PAGE);
    },
  );

  it.each([
    ["curl's Accept */*", { accept: "*/*" }],
    ["no Accept header", {}],
  ])("answers its page to a caller with %s, as to a browser", async (_what, headers) => {
    const { app } = createTestApp({ webRoot: builtApp() });
    for (const url of ["/", "/start"]) {
      const response = await app.inject({ url, headers });
      expect(response.statusCode, url).toBe(200);
      expect(response.body).toBe(PAGE);
    }
  });

  it("sends hashed assets for a year, compressed when the browser accepts it", async () => {
    const { app } = createTestApp({ webRoot: builtApp() });
    const response = await app.inject({
      url: "/assets/index-abc123.js",
      headers: { "accept-encoding": "gzip" },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-encoding"]).toBe("gzip");
    expect(response.headers["cache-control"]).toContain("immutable");
    expect(response.rawPayload.length).toBeLessThan(SCRIPT.length);
  });

  it.each([
    ["an API path", "/api/courses/nope/plan", html],
    ["a missing asset", "/assets/gone.js", html],
    ["a caller that does not ask for HTML", "/start", { accept: "application/json" }],
  ])("keeps the problem answer for %s", async (_what, url, headers) => {
    const { app } = createTestApp({ webRoot: builtApp() });
    expectProblem(await app.inject({ url, headers }), 404);
  });

  it("is absent, and the API still answers, when the app was never built", async () => {
    const { app } = createTestApp({ webRoot: join(tmpdir(), "mnplan-no-such-folder") });
    expectProblem(await app.inject({ url: "/", headers: html }), 404);
    expect((await app.inject("/healthz")).statusCode).toBe(200);
  });
});
