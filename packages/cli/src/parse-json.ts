import { errorIssue, type Issue } from "@mnplan/core";
import { findJsonError } from "./find-json-error.js";

/** The line and column (both from 1) of a character offset in a text. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return { line, column: offset - before.lastIndexOf("\n") };
}

/**
 * Parses JSON text; a syntax error becomes one issue at `path` that says where it is.
 * @example parseJson('{"a":}', "--input").ok === false
 */
export function parseJson(
  text: string,
  path: string,
): { ok: true; value: unknown } | { ok: false; issue: Issue } {
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  if (body.trim() === "")
    return {
      ok: false,
      issue: errorIssue("invalid-json", path, "Empty input: expected a JSON object"),
    };
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /at position (\d+)/.exec(message);
    const found = findJsonError(body);
    const offset = position ? Number(position[1]) : found >= 0 ? found : body.length;
    const { line, column } = lineAndColumn(body, offset);
    const reason = message
      .replace(/\s*in JSON at position \d+.*$/s, "")
      .replace(/, ".*" is not valid JSON$/s, "")
      .replace(/^Unexpected end of JSON input$/, "Unexpected end of input");
    return {
      ok: false,
      issue: errorIssue(
        "invalid-json",
        path,
        `Not valid JSON at line ${line}, column ${column} (position ${offset}): ${reason}`,
      ),
    };
  }
}
