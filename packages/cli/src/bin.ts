// The `mnplan` executable: the real world wired to main(). Kept tiny so that start-up stays fast.
import { main } from "./main.js";
import { createProcessIo } from "./process-io.js";

// A reader that stops early (`mnplan … | head`) is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

try {
  process.exitCode = await main(process.argv.slice(2), createProcessIo());
} catch (error) {
  const debug = process.env.MNPLAN_DEBUG === "1";
  const detail =
    error instanceof Error
      ? debug
        ? (error.stack ?? error.message)
        : error.message
      : String(error);
  process.stderr.write(
    `mnplan: unexpected error: ${detail}${debug ? "" : " (set MNPLAN_DEBUG=1 for details)"}\n`,
  );
  process.exitCode = 1;
}
