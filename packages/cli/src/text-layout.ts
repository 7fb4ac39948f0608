import { wrapText } from "./wrap-text.js";
import type { Palette } from "./colour.js";

/** How text output looks: its colours and its width. */
export interface TextLayout {
  readonly palette: Palette;
  readonly width: number;
}

/** A section heading, underlined so that it also reads on paper and without colour. */
export function heading(title: string, layout: TextLayout): string[] {
  return ["", layout.palette.bold(title), layout.palette.dim("─".repeat(title.length))];
}

/** A code's words: `stop-retinoids` → `stop retinoids`. */
export function codeWords(code: string): string {
  return code.replaceAll("-", " ");
}

/** `1 session`, `2 sessions`. */
export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

/** A paragraph indented under its heading. */
export function paragraph(text: string, layout: TextLayout): string {
  return wrapText(text, layout.width, "  ", "  ");
}

/** A bulleted item with a hanging indent. */
export function bullet(text: string, layout: TextLayout): string {
  return wrapText(text, layout.width, "  - ", "    ");
}
