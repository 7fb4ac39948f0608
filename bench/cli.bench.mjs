// CLI cold-start benchmark: `mnplan plan --input FILE --format json` against `node -e 0`, each run as a
// fresh process, interleaved in one run. Target: ratio of median wall times ≤ 2.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { benchRequests } from "./requests.mjs";

const RUNS = 31;
const dir = mkdtempSync(join(tmpdir(), "mnplan-bench-"));
const input = join(dir, "request.json");
writeFileSync(input, JSON.stringify(benchRequests()[31]));
const cli = ["packages/cli/bin/mnplan.js", "plan", "--input", input, "--format", "json"];

function wall(args) {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, args, { encoding: "utf8" });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (run.status !== 0) throw new Error(`${args.join(" ")} exited ${run.status}: ${run.stderr}`);
  return ms;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
for (let i = 0; i < 3; i++) {
  wall(["-e", "0"]);
  wall(cli);
}
const bare = [];
const mnplan = [];
for (let i = 0; i < RUNS; i++) {
  // Alternate which runs first so drift in machine load falls on both alike.
  if (i % 2 === 0) {
    bare.push(wall(["-e", "0"]));
    mnplan.push(wall(cli));
  } else {
    mnplan.push(wall(cli));
    bare.push(wall(["-e", "0"]));
  }
}
const ratio = median(mnplan) / median(bare);
console.log(`cli: ${RUNS} cold starts each, interleaved`);
console.log(`  node -e 0                                   median ${median(bare).toFixed(1)} ms`);
console.log(`  mnplan plan --input FILE --format json      median ${median(mnplan).toFixed(1)} ms`);
console.log(
  `  ratio                                       ${ratio.toFixed(2)}  (target ≤ 2.00)  ${ratio <= 2 ? "PASS" : "FAIL"}`,
);
process.exitCode = ratio <= 2 ? 0 : 1;
