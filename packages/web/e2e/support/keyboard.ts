// Moving through a page with the keyboard only: Tab (or Shift+Tab) until an element has the focus,
// arrow keys within a radio group, Space and Enter to act. No clicks.
import type { Locator, Page } from "playwright-core";

const MAX_TABS = 200;

const isFocused = (target: Locator) =>
  target.evaluate((element) => element === document.activeElement).catch(() => false);

/** Presses Tab (Shift+Tab when `backwards`) until `target` has the focus; fails after MAX_TABS. */
export async function tabTo(page: Page, target: Locator, backwards = false): Promise<void> {
  await target.waitFor();
  for (let presses = 0; presses < MAX_TABS; presses++) {
    if (await isFocused(target)) return;
    await page.keyboard.press(backwards ? "Shift+Tab" : "Tab");
  }
  const where = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 200));
  throw new Error(
    `${MAX_TABS} presses of Tab did not reach ${String(target)}; focus is on ${where}`,
  );
}

/** Presses `key` (an arrow key) until `target`, a radio button of the focused group, has the focus. */
export async function arrowTo(page: Page, target: Locator, key = "ArrowDown"): Promise<void> {
  for (let presses = 0; presses < 20; presses++) {
    if (await isFocused(target)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`the arrow keys did not reach ${String(target)}`);
}

/** Whether the focused element shows a focus indicator (an outline or a box shadow). */
export const focusVisible = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    if (!element) return false;
    const style = getComputedStyle(element);
    return (
      (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0) ||
      style.boxShadow !== "none"
    );
  });

/**
 * Types a date into the focused date input, segment by segment, as a person would. Chromium orders
 * the segments by its own language (month first in en-US): the other order is tried when the first
 * does not give the date.
 */
export async function typeDate(page: Page, input: Locator, date: string): Promise<void> {
  const [year = "", month = "", day = ""] = date.split("-");
  await page.keyboard.type(`${month}${day}${year}`);
  if ((await input.inputValue()) === date) return;
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.type(`${day}${month}${year}`);
  if ((await input.inputValue()) !== date)
    throw new Error(`typing ${date} gave ${await input.inputValue()}`);
}
