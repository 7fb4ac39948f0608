import { describeFileError } from "./describe-file-error.js";
import type { Io } from "./io.js";

/** Writes output to `--out FILE` (with a one-line note on standard error) or to standard output. Returns the exit status. */
export async function writeOutput(
  io: Io,
  text: string,
  out: string | undefined,
  what: string,
): Promise<number> {
  if (out === undefined || out === "-") {
    io.stdout.write(text);
    return 0;
  }
  try {
    await io.writeFile(out, text);
  } catch (error) {
    io.stderr.write(`mnplan: --out: Cannot write ${out}: ${describeFileError(error)}\n`);
    return 1;
  }
  io.stderr.write(`mnplan: wrote ${what} to ${out}\n`);
  return 0;
}
