// Web benchmark, in headless Chromium against the production build served by our server on
// 127.0.0.1 (built here into a temporary folder, like the browser journeys):
// - first-load JavaScript of `/`: the gzip sizes (the build's .gz files) of every script the page
//   loads before the network is idle. Budget ≤ 150 KB.
// - Largest Contentful Paint of `/` and `/start` with the CPU slowed 4× (CDP), the median of several
//   cold loads, each in a new browser context. Budget ≤ 1.0 s.
// - the plan preview's re-render on `/start` with a filled-in draft: from an answer's change to the
//   updated preview being painted (a MutationObserver on [data-testid="plan-preview"], then the
//   next frame), median and p95 over many changes, at full speed and with 4× slowing. Budget ≤ 50 ms.
// Run: node --conditions=source --import tsx bench/web.bench.mjs   (npm run bench:web)
/* global window, document, performance, requestAnimationFrame, MessageChannel, MutationObserver,
   PerformanceObserver, HTMLInputElement, Event, clearTimeout */
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { CHROMIUM, CHROMIUM_ARGS } from "../packages/web/e2e/support/chromium.ts";
import { buildWebApp, startWebServer } from "../packages/web/e2e/support/start-web-server.ts";
import { addDays, todayInZone } from "@mnplan/core";

const LOADS = Number(process.env.BENCH_WEB_LOADS ?? 7);
const CHANGES = Number(process.env.BENCH_WEB_CHANGES ?? 30);
const THROTTLE = 4;
const BUDGET = { firstLoadKb: 150, lcpMs: 1000, rerenderMs: 50 };

const median = (values) => quantile(values, 0.5);
function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;
}
const verdict = (ok) => (ok ? "PASS" : "FAIL");

/** A page in a fresh context (empty cache), its CPU slowed `rate` times. */
async function freshPage(browser, rate) {
  const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
  const page = await context.newPage();
  if (rate > 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate });
  }
  return { context, page };
}

/** The gzip size of every script `/` loads before the network is idle, from the build's .gz files. */
async function firstLoadJs(browser, base, webRoot) {
  const { context, page } = await freshPage(browser, 1);
  const scripts = new Set();
  page.on("request", (request) => {
    if (request.resourceType() === "script") scripts.add(new URL(request.url()).pathname);
  });
  await page.goto(`${base}/`, { waitUntil: "networkidle" });
  await context.close();
  let bytes = 0;
  for (const path of scripts) bytes += statSync(join(webRoot, `${path}.gz`)).size;
  return { kb: bytes / 1024, files: [...scripts] };
}

/** The Largest Contentful Paint of one cold load of `path`, in milliseconds. */
async function lcpOnce(browser, base, path) {
  const { context, page } = await freshPage(browser, THROTTLE);
  await page.addInitScript(() => {
    window.__lcp = NaN;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__lcp = entry.startTime;
    }).observe({ type: "largest-contentful-paint", buffered: true });
  });
  await page.goto(`${base}${path}`, { waitUntil: "networkidle" });
  const lcp = await page.evaluate(
    () =>
      new Promise((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(window.__lcp))),
      ),
  );
  await context.close();
  return lcp;
}

async function lcp(browser, base, path) {
  const runs = [];
  for (let i = 0; i < LOADS; i++) runs.push(await lcpOnce(browser, base, path));
  return { median: median(runs), runs };
}

const ZONE = "Europe/London";
const WARMUP_CHANGES = 3;

/** The questionnaire's draft (src/lib/draft.ts): a complete request, open at the "when" step. */
function filledDraft() {
  const request = {
    concerns: [{ concern: "acne-scars", severity: "moderate", areas: ["cheeks", "chin"] }],
    age: 34,
    fitzpatrick: 3,
    sensitivity: "normal",
    setting: "clinic",
    startDate: addDays(todayInZone(Date.now(), ZONE), 14),
    timeZone: ZONE,
  };
  return { request, step: 7 };
}

/**
 * In the page: sets the start date's input to `value` as typing would (an `input` event, which
 * React handles as onChange) and resolves with the milliseconds until the plan preview's text has
 * changed (`dom`) and until the frame that shows it has been produced (`paint`: the task after the
 * next animation frame).
 */
function changeStartDate(value) {
  const input = document.getElementById("q-startDate");
  const preview = document.querySelector('[data-testid="plan-preview"]');
  if (!input || !preview) throw new Error("no start date field or plan preview on the page");
  const before = preview.textContent;
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value").set;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("the preview did not change in 5 s")), 5000);
    let start = 0;
    const observer = new MutationObserver(() => {
      if (preview.textContent === before) return;
      observer.disconnect();
      const dom = performance.now() - start;
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        clearTimeout(timer);
        resolve({ dom, paint: performance.now() - start });
      };
      requestAnimationFrame(() => channel.port2.postMessage(0));
    });
    observer.observe(preview, { subtree: true, childList: true, characterData: true });
    setValue.call(input, value);
    start = performance.now();
    input.dispatchEvent(new Event("input", { bubbles: true }));
  });
}

/** Re-render times of the preview over `changes` start-date changes on /start with a full draft. */
async function measureRerender(page, base, changes) {
  const draft = filledDraft();
  await page.addInitScript(
    (value) => window.localStorage.setItem("mnplan.draft.v1", value),
    JSON.stringify(draft),
  );
  await page.goto(`${base}/start`, { waitUntil: "networkidle" });
  await page.locator("#q-startDate").waitFor({ timeout: 10_000 });
  await page.locator('[data-testid="plan-preview"]').waitFor();
  const times = [];
  for (let i = 0; i < changes + WARMUP_CHANGES; i++) {
    const value = addDays(draft.request.startDate, 1 + (i % 10));
    const ms = await page.evaluate(changeStartDate, value);
    if (i >= WARMUP_CHANGES) times.push(ms);
  }
  return times;
}

async function rerender(browser, base, rate) {
  const { context, page } = await freshPage(browser, rate);
  try {
    const times = await measureRerender(page, base, CHANGES);
    const paint = times.map((time) => time.paint);
    const dom = times.map((time) => time.dom);
    return {
      median: median(paint),
      p95: quantile(paint, 0.95),
      dom: { median: median(dom), p95: quantile(dom, 0.95) },
    };
  } catch (error) {
    return {
      median: NaN,
      p95: NaN,
      dom: { median: NaN, p95: NaN },
      error: error instanceof Error ? error.message : String(error),
    };
  } finally {
    await context.close();
  }
}

const ms = (value) => `${value.toFixed(value < 100 ? 1 : 0)} ms`;

function report(figures) {
  const { js, lcpHome, lcpStart, fast, slow } = figures;
  const lines = [
    `Web benchmark (headless Chromium, production build served by our server; LCP and the`,
    `slowed re-render with the CPU ${THROTTLE}× slower; ${LOADS} cold loads per page, ${CHANGES} answer changes)`,
    `  first-load JS of /           ${js.kb.toFixed(1).padStart(7)} KB gz  (budget ≤ ${BUDGET.firstLoadKb} KB)  ${verdict(js.kb <= BUDGET.firstLoadKb)}`,
    `      ${js.files.join(", ")}`,
    `  LCP of /       (median)      ${ms(lcpHome.median).padStart(10)}  (budget ≤ ${BUDGET.lcpMs} ms)  ${verdict(lcpHome.median <= BUDGET.lcpMs)}`,
    `      runs: ${lcpHome.runs.map((v) => v.toFixed(0)).join(", ")}`,
    `  LCP of /start  (median)      ${ms(lcpStart.median).padStart(10)}  (budget ≤ ${BUDGET.lcpMs} ms)  ${verdict(lcpStart.median <= BUDGET.lcpMs)}`,
    `      runs: ${lcpStart.runs.map((v) => v.toFixed(0)).join(", ")}`,
    `  preview re-render to paint, full speed      median ${ms(fast.median)}, p95 ${ms(fast.p95)}  (budget ≤ ${BUDGET.rerenderMs} ms)  ${verdict(fast.p95 <= BUDGET.rerenderMs)}`,
    `      of which until the DOM changed:         median ${ms(fast.dom.median)}, p95 ${ms(fast.dom.p95)}`,
    `  preview re-render to paint, CPU ${THROTTLE}× slower  median ${ms(slow.median)}, p95 ${ms(slow.p95)}  (budget ≤ ${BUDGET.rerenderMs} ms)  ${verdict(slow.p95 <= BUDGET.rerenderMs)}`,
    `      of which until the DOM changed:         median ${ms(slow.dom.median)}, p95 ${ms(slow.dom.p95)}`,
  ];
  for (const [which, figure] of [
    ["full speed", fast],
    ["slowed", slow],
  ])
    if (figure.error)
      lines.push(`  (re-render at ${which} not measured: ${figure.error.split("\n")[0]})`);
  console.log(lines.join("\n"));
  return (
    js.kb <= BUDGET.firstLoadKb &&
    lcpHome.median <= BUDGET.lcpMs &&
    lcpStart.median <= BUDGET.lcpMs &&
    fast.p95 <= BUDGET.rerenderMs
  );
}

const work = mkdtempSync(join(tmpdir(), "mnplan-web-bench-"));
const webRoot = join(work, "web");
let server;
let browser;
try {
  buildWebApp(webRoot);
  server = await startWebServer({ webRoot, dataDir: join(work, "data") });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const figures = {
    js: await firstLoadJs(browser, server.url, webRoot),
    lcpHome: await lcp(browser, server.url, "/"),
    lcpStart: await lcp(browser, server.url, "/start"),
    fast: await rerender(browser, server.url, 1),
    slow: await rerender(browser, server.url, THROTTLE),
  };
  process.exitCode = report(figures) ? 0 : 1;
} finally {
  await browser?.close();
  await server?.close();
  rmSync(work, { recursive: true, force: true });
}
