// Where JSON text first goes wrong. The runtime's parser does not always say (Node 20 gives no
// position for some unexpected tokens), so a small scanner finds it.

const WHITESPACE = /[ \t\n\r]*/y;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
// eslint-disable-next-line no-control-regex -- JSON strings may not hold raw control characters.
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;

function skip(text: string, at: number, pattern: RegExp): number {
  pattern.lastIndex = at;
  return pattern.exec(text) ? pattern.lastIndex : at;
}

/** The offset after one value starting at `at`, or a negative number `-(offset + 1)` where it breaks. */
function scanValue(text: string, start: number): number {
  const at = skip(text, start, WHITESPACE);
  const char = text[at];
  if (char === "{" || char === "[") return scanContainer(text, at, char === "{" ? "}" : "]");
  if (char === '"') return skip(text, at, STRING) === at ? -(at + 1) : skip(text, at, STRING);
  for (const word of ["true", "false", "null"])
    if (text.startsWith(word, at)) return at + word.length;
  const end = skip(text, at, NUMBER);
  return end === at ? -(at + 1) : end;
}

function scanContainer(text: string, open: number, close: string): number {
  let at = skip(text, open + 1, WHITESPACE);
  if (text[at] === close) return at + 1;
  for (;;) {
    if (close === "}") {
      const key = skip(text, at, STRING);
      if (key === at) return -(at + 1);
      at = skip(text, key, WHITESPACE);
      if (text[at] !== ":") return -(at + 1);
      at += 1;
    }
    const end = scanValue(text, at);
    if (end < 0) return end;
    at = skip(text, end, WHITESPACE);
    if (text[at] === close) return at + 1;
    if (text[at] !== ",") return -(at + 1);
    at = skip(text, at + 1, WHITESPACE);
  }
}

/**
 * The offset of the first character at which `text` stops being JSON, or -1 when it is JSON.
 * @example findJsonError('{"a": tru}') === 6
 */
export function findJsonError(text: string): number {
  const end = scanValue(text, 0);
  if (end < 0) return -end - 1;
  const rest = skip(text, end, WHITESPACE);
  return rest === text.length ? -1 : rest;
}
