// Places text blocks on A4 pages: wraps each block to the text width, keeps a heading with the
// line after it, and starts a new page when the next line would not fit above the footer.
import type { PrintBlock, PrintBlockKind } from "./print-block";
import { toWinAnsi } from "./to-win-ansi";
import { wrapText } from "./wrap-text";

export type FontName = "regular" | "bold";

export interface PlacedLine {
  readonly text: string;
  readonly x: number;
  /** From the bottom of the page, as PDF coordinates are. */
  readonly y: number;
  readonly font: FontName;
  readonly size: number;
  readonly grey: boolean;
}

export interface PageSize {
  readonly width: number;
  readonly height: number;
  readonly margin: number;
  /** Kept free at the bottom for the page number. */
  readonly footer: number;
}

export const A4: PageSize = { width: 595.28, height: 841.89, margin: 54, footer: 28 };

interface Style {
  readonly font: FontName;
  readonly size: number;
  readonly before: number;
  readonly after: number;
  readonly indent: number;
  readonly grey?: boolean;
  readonly keepWithNext?: boolean;
}

const STYLES: Readonly<Record<PrintBlockKind, Style>> = {
  title: { font: "bold", size: 20, before: 0, after: 4, indent: 0 },
  meta: { font: "regular", size: 9.5, before: 0, after: 8, indent: 0, grey: true },
  heading: { font: "bold", size: 14, before: 14, after: 4, indent: 0, keepWithNext: true },
  subheading: { font: "bold", size: 11, before: 7, after: 2, indent: 0, keepWithNext: true },
  lead: { font: "bold", size: 11, before: 0, after: 4, indent: 0 },
  paragraph: { font: "regular", size: 10.5, before: 0, after: 4, indent: 0 },
  bullet: { font: "regular", size: 10.5, before: 0, after: 2, indent: 14 },
  note: { font: "regular", size: 9, before: 0, after: 2, indent: 0, grey: true },
};

const BULLET = "•";
const lineHeight = (style: Style) => style.size * 1.35;

/** The height a block needs before it can start on a page: kept-together headings and one line after. */
function neededHeight(wrapped: readonly (readonly [Style, string[]])[], index: number): number {
  const [style, lines] = wrapped[index]!;
  if (!style.keepWithNext) return lineHeight(style) * Math.min(lines.length, 2);
  const next = wrapped[index + 1];
  const own = lineHeight(style) * lines.length + style.after;
  return next ? own + next[0].before + neededHeight(wrapped, index + 1) : own;
}

/** Lays the blocks out; `measure` gives a text's width in points for a font and size. */
export function layoutPages(
  blocks: readonly PrintBlock[],
  measure: (text: string, font: FontName, size: number) => number,
  page: PageSize = A4,
): PlacedLine[][] {
  const wrapped = blocks.map((block) => {
    const style = STYLES[block.kind];
    const width = page.width - 2 * page.margin - style.indent;
    const measureLine = (s: string) => measure(s, style.font, style.size);
    return [style, wrapText(toWinAnsi(block.text), width, measureLine)] as const;
  });
  const pages: PlacedLine[][] = [[]];
  const top = page.height - page.margin;
  const bottom = page.margin + page.footer;
  let y = top;
  const newPage = () => {
    pages.push([]);
    y = top;
  };
  wrapped.forEach(([style, lines], index) => {
    const height = lineHeight(style);
    if (y !== top) y -= style.before;
    if (y !== top && y - neededHeight(wrapped, index) < bottom) newPage();
    lines.forEach((line, i) => {
      if (y - height < bottom) newPage();
      y -= height;
      const current = pages[pages.length - 1]!;
      const shared = { y: y + height * 0.25, font: style.font, size: style.size };
      if (blocks[index]!.kind === "bullet" && i === 0)
        current.push({ ...shared, text: BULLET, x: page.margin + 3, grey: false });
      current.push({
        ...shared,
        text: line,
        x: page.margin + style.indent,
        grey: style.grey === true,
      });
    });
    y -= style.after;
  });
  return pages;
}
