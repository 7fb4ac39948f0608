// Before the browser journeys: build the web app once for production into a temporary folder and
// serve it with the real server over a fresh SQLite database. The tests get the address by inject().
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { chromiumMissing } from "./support/chromium";
import { buildWebApp, startWebServer, type WebServer } from "./support/start-web-server";

declare module "vitest" {
  export interface ProvidedContext {
    /** The served app, e.g. `http://127.0.0.1:41234`; empty when Chromium is missing. */
    webUrl: string;
    /** Why the browser suite cannot run; empty when it can. */
    chromiumMissing: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const missing = chromiumMissing() ?? "";
  project.provide("chromiumMissing", missing);
  project.provide("webUrl", "");
  if (missing) return () => Promise.resolve();
  const work = mkdtempSync(join(tmpdir(), "mnplan-e2e-"));
  const removeWork = () => rmSync(work, { recursive: true, force: true });
  let server: WebServer;
  try {
    buildWebApp(join(work, "web"));
    server = await startWebServer({ webRoot: join(work, "web"), dataDir: join(work, "data") });
  } catch (error) {
    removeWork();
    throw error;
  }
  project.provide("webUrl", server.url);
  return async () => {
    await server.close();
    removeWork();
  };
}
