// API benchmark: POST plan requests at 50 connections on loopback to the real server (fastify:
// parse, plan, answer JSON) and to bare node:http servers that parse the same JSON and answer the
// same plan JSON, precomputed, so they do no planning at all (and, for information, one that plans
// each request with core and nothing more). Every server runs in its own process on 127.0.0.1;
// autocannon drives them from this one, alternating, twice each (8 s a run, after 2 s of warm-up
// each). Printed per row: mean req/s over the two runs, the worse p50 and p99 of the two, and the
// ratio to the bare run it is compared with. About two minutes in all.
//
// One request, repeated (the measurement): the same body every time, to the bare server,
// to the server as configured by default, and to a server with PLAN_CACHE_SIZE=0. The server
// remembers recent plans by request (PLAN_CACHE_SIZE, default 256), so under this load it answers
// from memory and does not plan. Target: default server ≥ 60% of the bare server's req/s; this is
// the PASS/FAIL line and the exit code. The PLAN_CACHE_SIZE=0 ratios (every request planned) are
// for information: against the precomputed bare server (planning and serialising alone take about
// twice that server's whole request), and against the bare server that plans too (what fastify,
// validation and the route add).
//
// Distinct requests (for information): 2000 different valid bodies (bench/requests.mjs varies the
// dates, age and preferred days of its 70 requests; each is planned with core `plan()` at start-up
// and must be accepted), sent in turn from one counter shared by all connections, so a body comes
// back only after 1999 others, long after the 256-entry cache has let it go: the default server
// plans every request (all but the first of each connection in a run: autocannon builds those 50
// before the run starts, all with the same body). That server is a process of its own, so its
// garbage does not slow the one-request runs. It is compared with a bare server that looks each
// body up in a map from body to plan JSON built at its start-up, so it still does no planning.
import { Buffer } from "node:buffer";
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { plan } from "../packages/core/dist/index.js";
import { benchRequests, distinctBenchRequests } from "./requests.mjs";

const CONNECTIONS = 50;
const SECONDS = 8;
const WARMUP_SECONDS = 2;
const TARGET = 0.6;
const REQUEST = benchRequests()[31];
const BODY = JSON.stringify(REQUEST);
const DISTINCT = 2000;
const DISTINCT_BODIES = distinctBenchRequests(DISTINCT).map((request) => JSON.stringify(request));

/** The plan JSON core makes for a request body; throws if core refuses the request. */
function planJson(body) {
  const result = plan(JSON.parse(body));
  if (!result.ok) throw new Error(`bench request invalid: ${JSON.stringify(result.issues)}`);
  return JSON.stringify(result.value);
}

/**
 * A bare server, run as `node bench/api.bench.mjs --bare` (one answer for every body),
 * `--bare-distinct` (the answer for each of the distinct bodies) or `--bare-planning` (plans each
 * body with core, as the real server must): parse the body, send the plan.
 */
function serveBare(mode) {
  let answerFor;
  if (mode === "planning") {
    answerFor = (text) => {
      const result = plan(JSON.parse(text));
      return result.ok ? JSON.stringify(result.value) : undefined;
    };
  } else if (mode === "distinct") {
    const answers = new Map(DISTINCT_BODIES.map((body) => [body, planJson(body)]));
    if (answers.size !== DISTINCT) throw new Error("the distinct bench requests repeat");
    answerFor = (text) => answers.get(text);
  } else {
    const answer = planJson(BODY);
    answerFor = () => answer;
  }
  const server = createServer((req, res) => {
    const chunks = [];
    req.on("data", (chunk) => chunks.push(chunk));
    req.on("end", () => {
      const text = Buffer.concat(chunks).toString("utf8");
      try {
        JSON.parse(text);
      } catch {
        res.writeHead(400).end();
        return;
      }
      const answer = answerFor(text);
      if (answer === undefined) {
        res.writeHead(404).end();
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

/** Load from all connections: the one body, or the distinct bodies in turn from a shared counter. */
function load(url, seconds, distinct) {
  let next = 0;
  const body = distinct
    ? {
        requests: [
          { setupRequest: (req) => ({ ...req, body: DISTINCT_BODIES[next++ % DISTINCT] }) },
        ],
      }
    : { body: BODY };
  return autocannon({
    url: `${url}/api/plan`,
    method: "POST",
    headers: { "content-type": "application/json" },
    ...body,
    connections: CONNECTIONS,
    duration: seconds,
  });
}

/** The runs: which server, whether it gets the distinct bodies, which bare run it compares with. */
const RUNS = {
  bare: { server: "bare", distinct: false, label: "bare node:http (precomputed plan)" },
  api: { server: "api", distinct: false, label: "server (plan cache, the default)", vs: "bare" },
  uncached: {
    server: "uncached",
    distinct: false,
    label: "server (PLAN_CACHE_SIZE=0)",
    vs: "bare",
  },
  barePlanning: {
    server: "barePlanning",
    distinct: false,
    label: "bare node:http (plans every request)",
  },
  bareDistinct: {
    server: "bareDistinct",
    distinct: true,
    label: "bare node:http (precomputed, by body)",
  },
  apiDistinct: {
    server: "apiDistinct",
    distinct: true,
    label: "server (plan cache, the default)",
    vs: "bareDistinct",
  },
};

async function startServers(dataRoot) {
  const root = fileURLToPath(new URL("..", import.meta.url));
  const main = join(root, "packages/server/dist/main.js");
  const self = fileURLToPath(import.meta.url);
  // A data folder each, so the servers under test share nothing but the machine.
  const env = () => ({
    PORT: "0",
    HOST: "127.0.0.1",
    LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
    DATA_DIR: mkdtempSync(join(dataRoot, "server-")),
  });
  const started = await Promise.allSettled([
    startChild([self, "--bare"], {}),
    startChild([self, "--bare-distinct"], {}),
    startChild([self, "--bare-planning"], {}),
    startChild([main], env()),
    startChild([main], { ...env(), PLAN_CACHE_SIZE: "0" }),
    startChild([main], env()),
  ]);
  const failed = started.find((result) => result.status === "rejected");
  if (failed) {
    for (const result of started) if (result.status === "fulfilled") result.value.child.kill();
    throw failed.reason;
  }
  const [bare, bareDistinct, barePlanning, api, uncached, apiDistinct] = started.map(
    (result) => result.value,
  );
  return { bare, bareDistinct, barePlanning, api, uncached, apiDistinct };
}

const post = (url, body) =>
  globalThis
    .fetch(`${url}/api/plan`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
    })
    .then(async (r) => {
      if (!r.ok) throw new Error(`${url}: ${r.status} ${await r.text()}`);
      return r.text();
    });

/** Checks that the servers agree: on the one body, and on every 50th distinct body. */
async function checkAnswers(servers) {
  const { bare, bareDistinct, barePlanning, api, uncached, apiDistinct } = servers;
  const answers = await Promise.all(
    [bare, barePlanning, api, uncached].map(({ url }) => post(url, BODY)),
  );
  if (new Set(answers).size !== 1) throw new Error("the servers answer different plans");
  const sizes = [];
  for (let i = 0; i < DISTINCT; i += 50) {
    const pair = await Promise.all(
      [bareDistinct, apiDistinct].map(({ url }) => post(url, DISTINCT_BODIES[i])),
    );
    if (pair[0] !== pair[1]) throw new Error(`the servers answer different plans to body ${i}`);
    sizes.push(Buffer.byteLength(pair[0]));
  }
  return {
    bytes: Buffer.byteLength(answers[0]),
    distinctBytes: [Math.min(...sizes), Math.max(...sizes)],
  };
}

async function measure(servers) {
  const sizes = await checkAnswers(servers);
  for (const run of Object.values(RUNS))
    await load(servers[run.server].url, WARMUP_SECONDS, run.distinct);
  const names = Object.keys(RUNS);
  const runs = Object.fromEntries(names.map((name) => [name, []]));
  for (const order of [names, [...names].reverse()]) {
    for (const name of order) {
      const run = RUNS[name];
      const result = await load(servers[run.server].url, SECONDS, run.distinct);
      if (result.errors || result.non2xx)
        throw new Error(`${name}: ${result.errors} errors, ${result.non2xx} non-2xx`);
      runs[name].push(result);
    }
  }
  return { runs, ...sizes };
}

function report({ runs, bytes, distinctBytes }) {
  const rps = (name) =>
    runs[name].reduce((sum, run) => sum + run.requests.average, 0) / runs[name].length;
  const worst = (name, key) => Math.max(...runs[name].map((run) => run.latency[key]));
  const ratioOf = (name) => rps(name) / rps(RUNS[name].vs ?? name);
  const row = (name) =>
    console.log(
      `    ${RUNS[name].label.padEnd(38)} ${rps(name).toFixed(0).padStart(6)} req/s   p50 ${String(worst(name, "p50")).padStart(3)} ms   p99 ${String(worst(name, "p99")).padStart(3)} ms   ratio ${ratioOf(name).toFixed(2)}`,
    );
  const level = process.env.LOG_LEVEL ?? "warn";
  console.log(
    `api: POST /api/plan, ${CONNECTIONS} connections, ${SECONDS} s × 2 each, alternating, LOG_LEVEL=${level}; ratio = req/s ÷ the bare run above it`,
  );
  console.log(`  one request, repeated (${bytes} bytes of plan JSON):`);
  for (const name of ["bare", "api", "uncached", "barePlanning"]) row(name);
  console.log(
    `  ${DISTINCT} distinct requests, in turn (${distinctBytes[0]}–${distinctBytes[1]} bytes of plan JSON):`,
  );
  for (const name of ["bareDistinct", "apiDistinct"]) row(name);
  const ratio = ratioOf("api");
  console.log(
    `  ratio server/bare, one request                ${ratio.toFixed(2)}  (target ≥ ${TARGET.toFixed(2)})  ${ratio >= TARGET ? "PASS" : "FAIL"}`,
  );
  console.log(
    `  ratio server/bare, ${DISTINCT} distinct requests     ${ratioOf("apiDistinct").toFixed(2)}  (for information: the cache cannot help, every request planned)`,
  );
  console.log(
    `  ratio uncached server/bare, one request       ${ratioOf("uncached").toFixed(2)}  (for information: every request planned, the bare server plans none)`,
  );
  console.log(
    `  ratio uncached server/bare that plans         ${(rps("uncached") / rps("barePlanning")).toFixed(2)}  (for information: both plan every request; what fastify, validation and the route cost)`,
  );
  return ratio >= TARGET;
}

async function main() {
  const dataRoot = mkdtempSync(join(tmpdir(), "mnplan-bench-api-"));
  try {
    const servers = await startServers(dataRoot);
    try {
      process.exitCode = report(await measure(servers)) ? 0 : 1;
    } finally {
      for (const { child } of Object.values(servers)) child.kill("SIGTERM");
    }
  } finally {
    rmSync(dataRoot, { recursive: true, force: true });
  }
}

if (process.argv.includes("--bare")) serveBare("one");
else if (process.argv.includes("--bare-distinct")) serveBare("distinct");
else if (process.argv.includes("--bare-planning")) serveBare("planning");
else await main();
