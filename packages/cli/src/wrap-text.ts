/** The width text output is wrapped to. */
export const TEXT_WIDTH = 88;

// eslint-disable-next-line no-control-regex -- ANSI colour codes are what this strips.
const ANSI = /\u001b\[\d+m/g;

/** The columns a string takes on screen: its length without colour codes. */
export function visibleLength(text: string): number {
  return text.replace(ANSI, "").length;
}

/**
 * Wraps one paragraph to `width` columns: the first line starts with `first`, the others with `rest`
 * (a hanging indent). Words longer than a line are left whole; colour codes take no room.
 * @example wrapText("a b c", 3) === "a b\nc"
 */
export function wrapText(text: string, width: number, first = "", rest = first): string {
  const lines: string[] = [];
  let line = first;
  let size = visibleLength(first);
  let empty = true;
  for (const word of text.split(/\s+/).filter((part) => part !== "")) {
    const wordSize = visibleLength(word);
    if (!empty && size + 1 + wordSize > width) {
      lines.push(line);
      line = rest + word;
      size = visibleLength(rest) + wordSize;
    } else {
      line = empty ? line + word : `${line} ${word}`;
      size += (empty ? 0 : 1) + wordSize;
    }
    empty = false;
  }
  lines.push(line);
  return lines.map((each) => each.trimEnd()).join("\n");
}

/** Wraps `text` after a label column: `label` padded to `column`, continuation lines indented to match. */
export function wrapLabelled(
  label: string,
  text: string,
  width: number,
  indent: string,
  column: number,
): string {
  const padding = Math.max(1, column - visibleLength(label));
  return wrapText(
    text,
    width,
    `${indent}${label}${" ".repeat(padding)}`,
    " ".repeat(indent.length + Math.max(column, visibleLength(label) + 1)),
  );
}
