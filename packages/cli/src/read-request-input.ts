import { describeFileError } from "./describe-file-error.js";
import { failed, invalid, type Outcome } from "./failure.js";
import type { Io } from "./io.js";
import { parseJson } from "./parse-json.js";

/**
 * Reads a plan request's JSON from a file, or from standard input when `source` is `-`. A file that
 * cannot be read is a failure; text that is not JSON is invalid input, with the place it went wrong.
 */
export async function readRequestInput(source: string, io: Io): Promise<Outcome<unknown>> {
  const stdin = source === "-";
  let text: string;
  try {
    text = stdin ? await io.stdin.read() : await io.readFile(source);
  } catch (error) {
    return failed(
      "--input",
      `Cannot read ${stdin ? "standard input" : source}: ${describeFileError(error)}`,
    );
  }
  const json = parseJson(text, stdin ? "standard input" : source);
  if (!json.ok) {
    const hint =
      text.trim() === "" && stdin
        ? "No request given: pass --input FILE, flags such as --concern, or pipe a request's JSON"
        : undefined;
    return invalid([hint === undefined ? json.issue : { ...json.issue, message: hint }]);
  }
  return { ok: true, value: json.value };
}
