// Engine benchmark: parse a request and build its full plan, against JSON.stringify + JSON.parse of the
// same plan, measured side by side (interleaved) in one run. Target: ratio of medians ≤ 2.
import { plan } from "../packages/core/dist/index.js";
import { benchRequests } from "./requests.mjs";

const SAMPLES = 41;
const REPS = 40;

function time(fn, reps) {
  const start = process.hrtime.bigint();
  for (let i = 0; i < reps; i++) fn();
  return Number(process.hrtime.bigint() - start) / reps;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

const requests = benchRequests();
const cases = requests.map((request) => {
  const result = plan(request);
  if (!result.ok) throw new Error(`bench request invalid: ${JSON.stringify(result.issues)}`);
  return { request, built: result.value };
});

let sink = 0;
const planOnce = (request) => () => {
  const result = plan(request);
  sink += result.ok ? result.value.schedule.length : 0;
};
const jsonOnce = (built) => () => {
  sink += JSON.parse(JSON.stringify(built)).schedule.length;
};

// Warm both paths so the JIT has settled before measuring.
for (let round = 0; round < 3; round++) {
  for (const c of cases) {
    time(planOnce(c.request), 20);
    time(jsonOnce(c.built), 20);
  }
}

const planTimes = [];
const jsonTimes = [];
const ratios = [];
for (const c of cases) {
  const p = [];
  const j = [];
  for (let s = 0; s < SAMPLES; s++) {
    if (s % 2 === 0) {
      p.push(time(planOnce(c.request), REPS));
      j.push(time(jsonOnce(c.built), REPS));
    } else {
      j.push(time(jsonOnce(c.built), REPS));
      p.push(time(planOnce(c.request), REPS));
    }
  }
  planTimes.push(median(p));
  jsonTimes.push(median(j));
  ratios.push(median(p) / median(j));
}

const us = (ns) => (ns / 1000).toFixed(1);
const planMedian = median(planTimes);
const jsonMedian = median(jsonTimes);
const ratio = planMedian / jsonMedian;
const sizes = cases.map((c) => JSON.stringify(c.built).length);
console.log(
  `engine: ${cases.length} requests, plan JSON ${Math.min(...sizes)}–${Math.max(...sizes)} bytes`,
);
console.log(`  parse + build plan      median ${us(planMedian)} µs`);
console.log(`  JSON stringify + parse  median ${us(jsonMedian)} µs`);
console.log(
  `  ratio (median/median)   ${ratio.toFixed(2)}  (target ≤ 2.00)  ${ratio <= 2 ? "PASS" : "FAIL"}`,
);
console.log(
  `  per-request ratios      median ${median(ratios).toFixed(2)}, worst ${Math.max(...ratios).toFixed(2)}`,
);
if (sink < 0) console.log(sink);
process.exitCode = ratio <= 2 ? 0 : 1;
