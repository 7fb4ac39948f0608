// Waiting for a page to be ready: its heading is there and nothing in it is still loading.
import type { Page } from "playwright-core";

/** Resolves once the page's main heading shows and no "Loading…" placeholder is left in <main>. */
export async function pageReady(page: Page): Promise<void> {
  await page.locator("main h1").first().waitFor();
  await page.locator("main .loading").first().waitFor({ state: "detached" });
}
