// The accessibility check: axe-core's WCAG 2.0/2.1 A and AA rules over the page as it is now.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";

export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** Fails with one line per violation (rule, what it asks, the elements) when axe finds any. */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  if (results.violations.length === 0) return;
  const lines = results.violations.map((violation) => {
    const targets = violation.nodes.map((node) => node.target.join(" ")).join(" | ");
    return `- ${violation.id} (${violation.impact ?? "?"}): ${violation.help}\n    at ${targets}`;
  });
  throw new Error(
    `${label}: ${results.violations.length} accessibility violation(s)\n${lines.join("\n")}`,
  );
}
