// The PDF's standard Helvetica encodes text as WinAnsi (Windows-1252): Latin-1 plus a few
// typographic characters. Anything else is spelled out in words or ASCII before it is drawn.

/** The characters WinAnsi adds to Latin-1 in 0x80–0x9F. */
const WIN_ANSI_EXTRA = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ";

const REPLACEMENTS: Readonly<Record<string, string>> = {
  "≥": ">=",
  "≤": "<=",
  "≠": "!=",
  "≈": "about ",
  "→": "->",
  "←": "<-",
  "↔": "<->",
  "⇒": "=>",
  "−": "-",
  "‐": "-",
  "‑": "-",
  "‒": "-",
  "―": "-",
  "′": "'",
  "″": '"',
  "✓": "yes",
  "✔": "yes",
  "✗": "no",
  "✘": "no",
  "\u00a0": " ",
  "\u2002": " ",
  "\u2003": " ",
  "\u2009": " ",
  "\u200a": " ",
  "\u202f": " ",
  "\u2060": "",
  "\u200b": "",
  "\u00ad": "",
  "\t": " ",
};

/** Whether WinAnsi (and so Helvetica in a PDF) can draw the character. */
export function isWinAnsi(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  if (code >= 0x20 && code <= 0x7e) return true;
  if (code >= 0xa0 && code <= 0xff) return code !== 0xad;
  return WIN_ANSI_EXTRA.includes(char);
}

/** Text Helvetica can draw: known characters in words or ASCII, others as "?", one line. */
export function toWinAnsi(text: string): string {
  let out = "";
  for (const char of text.normalize("NFC")) {
    const replacement = REPLACEMENTS[char];
    if (replacement !== undefined) out += replacement;
    else if (char === "\n" || char === "\r") out += " ";
    else out += isWinAnsi(char) ? char : "?";
  }
  return out;
}
