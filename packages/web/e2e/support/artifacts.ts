// Screenshots kept as the suite's artifacts, under .artifacts/screenshots/ at the repository's root.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { sizeOf } from "./browser";

export const SCREENSHOTS = fileURLToPath(
  new URL("../../../../.artifacts/screenshots", import.meta.url),
);

/** Saves the whole page as `<name>-<phone|desktop>.png`; the file's path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}-${sizeOf(page)}.png`);
  await page.screenshot({ path, fullPage: true, animations: "disabled" });
  return path;
}
