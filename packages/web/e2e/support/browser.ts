// The browser suite's frame: one Chromium per test file, a fresh context (no storage, no cookies) per
// page a test opens, at a phone's or a desktop's size. When Chromium is missing the suite says so
// loudly and is skipped, except in CI, where it fails.
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { CHROMIUM, CHROMIUM_ARGS, INSTALL_HINT } from "./chromium";

export type Size = "phone" | "desktop";

export const SIZES = {
  phone: { viewport: { width: 360, height: 800 }, isMobile: true, hasTouch: true },
  desktop: { viewport: { width: 1280, height: 900 }, isMobile: false, hasTouch: false },
} as const;

/** Every page's context uses this zone and locale, so a test can compute the same dates. */
export const TIME_ZONE = "Europe/London";

/** localStorage entries by key, each value stored as JSON. */
export type StoredValues = Readonly<Record<string, unknown>>;

export interface Browsing {
  /** The address of a path of the served app. */
  readonly url: (path: string) => string;
  /**
   * A new page in a fresh context of this size, already at `path` when one is given. `storage`
   * is written to localStorage (as JSON) before the app's first script runs.
   */
  readonly open: (size: Size, path?: string, storage?: StoredValues) => Promise<Page>;
}

const sizeOfPage = new WeakMap<Page, Size>();

/** The size a page was opened at. */
export function sizeOf(page: Page): Size {
  return sizeOfPage.get(page) ?? "desktop";
}

/** Runs in the page before its scripts: writes the entries once per tab (not again on reload). */
function seedStorage(entries: string): void {
  if (window.sessionStorage.getItem("e2e.seeded")) return;
  window.sessionStorage.setItem("e2e.seeded", "1");
  for (const [key, value] of Object.entries(JSON.parse(entries) as Record<string, unknown>))
    window.localStorage.setItem(key, JSON.stringify(value));
}

function loudSkip(name: string, why: string): void {
  const line = "═".repeat(78);
  console.warn(
    `\n${line}\n⚠ BROWSER SUITE SKIPPED (${name}): ${why}.\n  To run it, ${INSTALL_HINT}.\n${line}\n`,
  );
  describe.skip(`${name} — SKIPPED: ${why}`, () => {
    it("runs in Chromium", () => undefined);
  });
}

/** Declares a browser suite: `body` declares its tests, using `browsing` to open pages. */
export function describeInBrowser(name: string, body: (browsing: Browsing) => void): void {
  const missing = inject("chromiumMissing");
  if (missing && process.env.CI) {
    describe(name, () => {
      it("runs in CI, in Chromium", () => {
        throw new Error(`The browser suite must run in CI, but ${missing}; ${INSTALL_HINT}`);
      });
    });
    return;
  }
  if (missing) {
    loudSkip(name, missing);
    return;
  }
  const base = inject("webUrl");
  let browser: Browser | undefined;
  let contexts: BrowserContext[] = [];
  let pageErrors: string[] = [];

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    const open = contexts;
    const errors = pageErrors;
    contexts = [];
    pageErrors = [];
    for (const context of open) await context.close();
    expect(errors, "uncaught errors or CSP refusals in the page").toEqual([]);
  });

  const browsing: Browsing = {
    url: (path) => `${base}${path}`,
    async open(size, path, storage) {
      if (!browser) throw new Error("the browser has not started");
      const context = await browser.newContext({
        ...SIZES[size],
        acceptDownloads: true,
        locale: "en-GB",
        timezoneId: TIME_ZONE,
        reducedMotion: "reduce",
        serviceWorkers: "block",
      });
      contexts.push(context);
      if (storage) await context.addInitScript(seedStorage, JSON.stringify(storage));
      const page = await context.newPage();
      sizeOfPage.set(page, size);
      page.on("pageerror", (error) => pageErrors.push(`${page.url()}: ${error.message}`));
      // The server's Content-Security-Policy refusing something the app loads is a bug too.
      page.on("console", (message) => {
        if (message.type() === "error" && message.text().includes("Content Security Policy"))
          pageErrors.push(`${page.url()}: ${message.text()}`);
      });
      if (path !== undefined) await page.goto(`${base}${path}`);
      return page;
    },
  };
  describe(name, () => body(browsing));
}
