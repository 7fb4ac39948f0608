// The `mnplan` executable: the real world wired to main(). Kept tiny so that start-up stays fast.
import { describeCrash } from "./describe-crash.js";
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
  process.stderr.write(describeCrash(error, process.env));
  process.exitCode = 1;
}
