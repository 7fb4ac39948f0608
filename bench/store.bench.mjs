// Store benchmark: a synthetic clinic of 100,000 courses (a spread of 50 real plans, varied dates)
// and 1,000,000 sessions, in SQLite and, when TEST_DATABASE_URL is set, PostgreSQL. Reports the bulk
// import rate and p50/p95 of a course's full history and of "sessions due in the next 7 days".
// Targets: import ≥ 50,000 sessions/s; both queries ≤ 5 ms p95.
// Run: node --conditions=source --import tsx bench/store.bench.mjs   (npm run bench:store)
import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import { mkdtempSync, rmSync, statSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { addDays, plan } from "@mnplan/core";
import { openPostgresRepository, openSqliteRepository } from "@mnplan/store";
import pg from "pg";
import { benchRequests } from "./requests.mjs";

const COURSES = Number(process.env.BENCH_COURSES ?? 100_000);
const SESSIONS_PER_COURSE = 10;
const QUERIES = 2_000;
const BATCH = 10_000; // courses per import call (sessions: ten times as many)
const TARGET = { sessionsPerSecond: 50_000, p95Ms: 5 };

const requests = benchRequests().slice(0, 50);
const plans = requests.map((request) => {
  const result = plan(request);
  if (!result.ok) throw new Error(`bench request invalid: ${JSON.stringify(result.issues)}`);
  return result.value;
});

/** Course ids as the server makes them: random UUIDs, so index inserts land all over the tree. */
const ids = Array.from({ length: COURSES }, () => randomUUID());

/** A deterministic pseudo-random sequence, so both stores get the same clinic and queries. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function buildCourses(from, to) {
  const out = [];
  for (let i = from; i < to; i++) {
    const which = i % plans.length;
    const createdAt = new Date(Date.UTC(2026, 0, 1) + i * 300_000).toISOString();
    const current = {
      number: 0,
      createdAt,
      cause: "created",
      state: "active",
      plan: plans[which],
      changes: [],
    };
    out.push({
      id: ids[i],
      createdAt,
      label: `Client ${i}`,
      request: requests[which],
      rules: { id: current.plan.rules.id, version: current.plan.rules.version },
      current,
      nextDue: addDays("2027-01-01", (i * 7919) % 365),
    });
  }
  return out;
}

function buildSessions(courses) {
  return courses.flatMap((course) =>
    Array.from({ length: SESSIONS_PER_COURSE }, (_, k) => ({
      courseId: course.id,
      session: {
        id: randomUUID(),
        recordedAt: `${addDays(course.nextDue, -(k + 1) * 28)}T17:30:00.000Z`,
        date: addDays(course.nextDue, -(k + 1) * 28),
        setting: "clinic",
        device: "pen",
        cartridge: { needles: 12 },
        depthByArea: [
          { area: "cheeks", depthMm: 1.5 },
          { area: "forehead", depthMm: 0.5 },
        ],
        passes: 3,
        products: ["hyaluronic serum"],
        performedBy: "Dr Okafor",
        notes: "Tolerated well; mild erythema",
      },
    })),
  );
}

async function fill(repository) {
  let courseMs = 0;
  let sessionMs = 0;
  for (let from = 0; from < COURSES; from += BATCH) {
    const courses = buildCourses(from, Math.min(from + BATCH, COURSES));
    const sessions = buildSessions(courses);
    let start = performance.now();
    await repository.importCourses(courses);
    courseMs += performance.now() - start;
    start = performance.now();
    await repository.importSessions(sessions);
    sessionMs += performance.now() - start;
    process.stderr.write(
      `\r  imported ${Math.min(from + BATCH, COURSES).toLocaleString("en")} courses`,
    );
  }
  process.stderr.write("\n");
  return {
    coursesPerSecond: COURSES / (courseMs / 1000),
    sessionsPerSecond: (COURSES * SESSIONS_PER_COURSE) / (sessionMs / 1000),
  };
}

async function latencies(count, seed, query) {
  const next = random(seed);
  for (let i = 0; i < 200; i++) await query(next()); // warm-up, not measured
  const times = [];
  for (let i = 0; i < count; i++) {
    const value = next();
    const start = process.hrtime.bigint();
    await query(value);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  return { p50: at(0.5), p95: at(0.95) };
}

async function measure(name, repository) {
  console.error(
    `${name}: importing ${COURSES.toLocaleString("en")} courses, ${(COURSES * SESSIONS_PER_COURSE).toLocaleString("en")} sessions`,
  );
  const rates = await fill(repository);
  let sessionsSeen = 0;
  const history = await latencies(QUERIES, 1, async (r) => {
    const found = await repository.getHistory(ids[Math.floor(r * COURSES)]);
    sessionsSeen += found?.sessions.length ?? 0;
  });
  if (sessionsSeen < (QUERIES + 200) * SESSIONS_PER_COURSE)
    throw new Error("getHistory missed sessions");
  let dueSeen = 0;
  const due = await latencies(QUERIES, 2, async (r) => {
    const from = addDays("2027-01-01", Math.floor(r * 358));
    dueSeen += (await repository.sessionsDue(from, addDays(from, 7), { limit: 100 })).length;
  });
  if (dueSeen === 0) throw new Error("sessionsDue found nothing");
  return { name, ...rates, history, due };
}

function report(rows, skipped) {
  const n = (x) => Math.round(x).toLocaleString("en");
  const ms = (x) => x.toFixed(2);
  console.log(
    `store: ${COURSES.toLocaleString("en")} courses (50 real plans), ${(COURSES * SESSIONS_PER_COURSE).toLocaleString("en")} sessions; ${QUERIES} queries each`,
  );
  console.log(
    "  store       sessions/s  courses/s  history p50/p95 ms  due(7d) p50/p95 ms  size MB  result",
  );
  let pass = true;
  for (const r of rows) {
    const ok =
      r.sessionsPerSecond >= TARGET.sessionsPerSecond &&
      r.history.p95 <= TARGET.p95Ms &&
      r.due.p95 <= TARGET.p95Ms;
    pass &&= ok;
    console.log(
      `  ${r.name.padEnd(10)}  ${n(r.sessionsPerSecond).padStart(10)}  ${n(r.coursesPerSecond).padStart(9)}  ${`${ms(r.history.p50)} / ${ms(r.history.p95)}`.padStart(18)}  ${`${ms(r.due.p50)} / ${ms(r.due.p95)}`.padStart(18)}  ${r.megabytes.toFixed(0).padStart(7)}  ${ok ? "PASS" : "FAIL"}`,
    );
  }
  if (skipped) console.log(`  PostgreSQL  SKIPPED: ${skipped}`);
  console.log(
    `  targets: import ≥ ${n(TARGET.sessionsPerSecond)} sessions/s, p95 ≤ ${TARGET.p95Ms} ms`,
  );
  return pass;
}

async function benchSqlite() {
  const dir = mkdtempSync(join(tmpdir(), "mnplan-bench-"));
  const file = join(dir, "bench.sqlite3");
  const repository = await openSqliteRepository({ file });
  try {
    const row = await measure("SQLite", repository);
    await repository.close(); // the last connection to close checkpoints the WAL into the file
    const wal = existsSync(`${file}-wal`) ? statSync(`${file}-wal`).size : 0;
    return { ...row, megabytes: (statSync(file).size + wal) / 1e6 };
  } finally {
    await repository.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function benchPostgres(url) {
  const schema = `mnplan_bench_${process.pid}`;
  const repository = await openPostgresRepository({ url, schema });
  const admin = new pg.Pool({ connectionString: url, max: 1 });
  try {
    const size = async () => {
      const { rows } = await admin.query(
        "select sum(pg_total_relation_size(c.oid))::bigint as bytes from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = $1 and c.relkind = 'r'",
        [schema],
      );
      return Number(rows[0].bytes);
    };
    const row = await measure("PostgreSQL", repository);
    return { ...row, megabytes: (await size()) / 1e6 };
  } finally {
    await repository.close();
    await admin.query(`drop schema if exists "${schema}" cascade`);
    await admin.end();
  }
}

const only = process.env.BENCH_ONLY; // "sqlite" or "postgres", to measure one store while tuning it
const rows = only === "postgres" ? [] : [await benchSqlite()];
const url = process.env.TEST_DATABASE_URL;
let skipped = url
  ? undefined
  : 'TEST_DATABASE_URL is not set (eval "$(bash scripts/start-test-postgres.sh)")';
if (only === "sqlite") skipped = "BENCH_ONLY=sqlite";
else if (url) {
  try {
    rows.push(await benchPostgres(url));
  } catch (error) {
    if (!/ECONNREFUSED|ENOTFOUND|timeout/i.test(error.message)) throw error;
    skipped = `no server at TEST_DATABASE_URL (${error.message})`;
  }
}
process.exitCode = report(rows, skipped) ? 0 : 1;
