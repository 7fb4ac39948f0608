// Builds the web app for production and serves it with the planner's real server, each in a child
// process: the build must see NODE_ENV=production (vitest sets "test"), and the server runs our
// packages from their sources through tsx, as packages/server's own process tests do.
import { execFileSync, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

export interface WebServer {
  /** Where the app is served, without a trailing slash, e.g. `http://127.0.0.1:41234`. */
  readonly url: string;
  readonly close: () => Promise<void>;
}

const ROOT = fileURLToPath(new URL("../../../..", import.meta.url));
const BUILD = fileURLToPath(new URL("./build-web.mjs", import.meta.url));
const SERVE = fileURLToPath(new URL("./serve-web.ts", import.meta.url));

/** Builds the web app for production into `outDir`. */
export function buildWebApp(outDir: string): void {
  execFileSync(process.execPath, [BUILD, outDir], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: "production" },
    stdio: ["ignore", "inherit", "inherit"],
  });
}

/** Starts the server over a fresh SQLite database in `dataDir`, serving the build in `webRoot`. */
export function startWebServer(
  options: { readonly webRoot: string; readonly dataDir: string },
  timeoutMs = 30_000,
): Promise<WebServer> {
  const child = spawn(
    process.execPath,
    ["--conditions=source", "--import", "tsx", SERVE, options.webRoot, options.dataDir],
    {
      cwd: ROOT,
      env: { ...process.env, NODE_ENV: "production" },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const close = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    await exited;
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`the web server did not start in ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /serving (http:\/\/\S+)/.exec(output);
      if (!match?.[1]) return;
      clearTimeout(timer);
      resolve({ url: match[1], close });
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`the web server exited before it started:\n${output}`));
    });
  });
}
