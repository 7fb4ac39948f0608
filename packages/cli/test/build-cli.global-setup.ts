// Builds the real `mnplan` bundle (and the core library it imports) once, before any cli test file
// runs, so that the binary tests run what users run and no two test files race to build it.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

export default function buildCli(): void {
  const root = fileURLToPath(new URL("../../..", import.meta.url));
  execFileSync(process.execPath, ["scripts/build.mjs"], { cwd: root, stdio: "inherit" });
}
