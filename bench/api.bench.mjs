// API benchmark: POST a plan request at 50 connections on loopback to the real server (fastify:
// parse, plan, answer JSON) and to a bare node:http server that parses the same JSON and answers the
// same plan JSON, precomputed. Each runs in its own process on 127.0.0.1; autocannon drives them
// from this one, alternating, twice each. Target: server throughput ≥ 60% of the bare server's.
//
// The server remembers recent plans by request (PLAN_CACHE_SIZE, default 256): a repeated request,
// as here, is answered without planning again. A second server with PLAN_CACHE_SIZE=0 plans every
// request; its figure is printed beside it, for information.
import { Buffer } from "node:buffer";
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { plan } from "../packages/core/dist/index.js";
import { benchRequests } from "./requests.mjs";

const CONNECTIONS = 50;
const SECONDS = 10;
const WARMUP_SECONDS = 3;
const TARGET = 0.6;
const REQUEST = benchRequests()[31];
const BODY = JSON.stringify(REQUEST);

/** The bare server, run as `node bench/api.bench.mjs --bare`: parse the body, send the plan. */
function serveBare() {
  const result = plan(REQUEST);
  if (!result.ok) throw new Error("bench request invalid");
  const answer = JSON.stringify(result.value);
  const server = createServer((req, res) => {
    const chunks = [];
    req.on("data", (chunk) => chunks.push(chunk));
    req.on("end", () => {
      try {
        JSON.parse(Buffer.concat(chunks).toString("utf8"));
      } catch {
        res.writeHead(400).end();
        return;
      }
      res.writeHead(200, {
        "content-type": "application/json; charset=utf-8",
        "content-length": Buffer.byteLength(answer),
      });
      res.end(answer);
    });
  });
  server.listen(0, "127.0.0.1", () => {
    console.log(`bare server at http://127.0.0.1:${server.address().port}`);
  });
}

/** Starts a child process and resolves with the URL it prints. */
function startChild(args, env) {
  const child = spawn(process.execPath, args, {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    let output = "";
    const onData = (chunk) => {
      output += chunk;
      const match = /(http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (!match) return;
      // From here on its logs are drained unread, so reading them costs this process nothing.
      child.stdout.off("data", onData);
      child.stdout.resume();
      resolve({ url: match[1], child });
    };
    child.stdout.on("data", onData);
    child.on("exit", (code) => reject(new Error(`${args.join(" ")} exited ${code}: ${output}`)));
  });
}

function load(url, seconds) {
  return autocannon({
    url: `${url}/api/plan`,
    method: "POST",
    headers: { "content-type": "application/json" },
    body: BODY,
    connections: CONNECTIONS,
    duration: seconds,
  });
}

const SERVERS = [
  ["bare", "bare node:http (precomputed plan)"],
  ["api", "server (plan cache, the default)"],
  ["uncached", "server (PLAN_CACHE_SIZE=0)"],
];

async function startServers() {
  const root = fileURLToPath(new URL("..", import.meta.url));
  const main = join(root, "packages/server/dist/main.js");
  const env = {
    PORT: "0",
    HOST: "127.0.0.1",
    LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
    DATA_DIR: mkdtempSync(join(tmpdir(), "mnplan-bench-api-")),
  };
  return {
    bare: await startChild([fileURLToPath(import.meta.url), "--bare"], {}),
    api: await startChild([main], env),
    uncached: await startChild([main], { ...env, PLAN_CACHE_SIZE: "0" }),
  };
}

const post = (url) =>
  globalThis
    .fetch(`${url}/api/plan`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: BODY,
    })
    .then((r) => r.text());

async function measure(servers) {
  const answers = await Promise.all(Object.values(servers).map(({ url }) => post(url)));
  if (new Set(answers).size !== 1) throw new Error("the servers answer different plans");
  for (const { url } of Object.values(servers)) await load(url, WARMUP_SECONDS);
  const runs = { bare: [], api: [], uncached: [] };
  for (const order of [
    ["bare", "api", "uncached"],
    ["uncached", "api", "bare"],
  ]) {
    for (const name of order) {
      const run = await load(servers[name].url, SECONDS);
      if (run.errors || run.non2xx)
        throw new Error(`${name}: ${run.errors} errors, ${run.non2xx} non-2xx`);
      runs[name].push(run);
    }
  }
  return { runs, bytes: Buffer.byteLength(answers[0]) };
}

function report({ runs, bytes }) {
  const rps = (list) => list.reduce((sum, run) => sum + run.requests.average, 0) / list.length;
  const worst = (list, key) => Math.max(...list.map((run) => run.latency[key]));
  const ratio = rps(runs.api) / rps(runs.bare);
  const level = process.env.LOG_LEVEL ?? "warn";
  console.log(
    `api: POST /api/plan (${bytes} bytes of plan JSON), ${CONNECTIONS} connections, ${SECONDS} s × 2 each, alternating, LOG_LEVEL=${level}`,
  );
  for (const [name, label] of SERVERS) {
    console.log(
      `  ${label.padEnd(36)} ${rps(runs[name]).toFixed(0).padStart(7)} req/s   p50 ${worst(runs[name], "p50")} ms   p99 ${worst(runs[name], "p99")} ms`,
    );
  }
  console.log(
    `  ratio server/bare                    ${ratio.toFixed(2)}  (target ≥ ${TARGET.toFixed(2)})  ${ratio >= TARGET ? "PASS" : "FAIL"}`,
  );
  console.log(
    `  ratio uncached server/bare           ${(rps(runs.uncached) / rps(runs.bare)).toFixed(2)}  (for information: every request planned)`,
  );
  return ratio >= TARGET;
}

async function main() {
  const servers = await startServers();
  try {
    process.exitCode = report(await measure(servers)) ? 0 : 1;
  } finally {
    for (const { child } of Object.values(servers)) child.kill("SIGTERM");
  }
}

if (process.argv.includes("--bare")) serveBare();
else await main();
