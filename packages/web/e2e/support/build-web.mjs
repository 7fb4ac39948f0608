// Builds the web app for production into a folder of the caller's choosing (never packages/web/dist,
// which other processes may be serving): `node build-web.mjs <outDir>`. A separate process, so the
// build sees NODE_ENV=production whatever the caller's environment says (vitest sets "test", which
// would bundle React's development build).
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "vite";

const outDir = process.argv[2];
if (!outDir) {
  console.error("usage: node build-web.mjs <outDir>");
  process.exit(2);
}
// The folder exists before the build: vite.config.ts's precompress step lists it even after a failed
// build, and its "no such folder" would hide the build's own error.
mkdirSync(outDir, { recursive: true });
await build({
  configFile: fileURLToPath(new URL("../../vite.config.ts", import.meta.url)),
  mode: "production",
  logLevel: "warn",
  build: { outDir, emptyOutDir: true },
});
