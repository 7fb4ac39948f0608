import { describe, expect, it } from "vitest";
import { buildPrintDocument } from "./build-print-document";
import { A4, layoutPages } from "./layout-pages";
import { samplePlan } from "./sample-plans";

// Roughly Helvetica's average width: half the font size a character.
const measure = (text: string, _font: string, size: number) => text.length * size * 0.5;

describe("layoutPages", () => {
  const blocks = buildPrintDocument({
    title: "Your plan",
    madeOn: "2026-12-01",
    plan: samplePlan("caution"),
  });
  const pages = layoutPages(blocks, measure);

  it("spreads a long plan over several pages, every line inside the margins", () => {
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) {
      expect(page.length).toBeGreaterThan(0);
      for (const line of page) {
        expect(line.y).toBeGreaterThanOrEqual(A4.margin + A4.footer);
        expect(line.y).toBeLessThanOrEqual(A4.height - A4.margin);
        expect(line.x + measure(line.text, line.font, line.size)).toBeLessThanOrEqual(
          A4.width - A4.margin + 0.01,
        );
      }
    }
  });

  it("keeps every word, in order", () => {
    const drawn = pages
      .flat()
      .filter((line) => line.text !== "•")
      .map((line) => line.text)
      .join(" ");
    const expected = blocks.map((b) => b.text.replace(/\s+/g, " ").trim()).join(" ");
    expect(drawn).toBe(expected);
  });

  it("never leaves a heading alone at the foot of a page", () => {
    for (const page of pages.slice(0, -1)) {
      const last = page[page.length - 1]!;
      expect(last.size).not.toBe(14);
    }
  });

  it("starts the first page with the title", () => {
    expect(pages[0]![0]).toMatchObject({ text: "Your plan", font: "bold", size: 20 });
  });
});
