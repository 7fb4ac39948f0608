// The web app's build: React, the pure core planner bundled from its sources, and every asset
// precompressed (gzip, brotli) so the server sends them without compressing on each request.
import { existsSync } from "node:fs";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";

const api = process.env.MNPLAN_API ?? "http://127.0.0.1:8080";
const COMPRESSIBLE = /\.(js|css|html|svg|json|webmanifest)$/;

async function* filesUnder(folder: string): AsyncGenerator<string> {
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* filesUnder(path);
    else yield path;
  }
}

/** Writes `x.gz` and `x.br` beside every text asset of the build. */
function precompress(): Plugin {
  let outDir = "";
  return {
    name: "mnplan-precompress",
    apply: "build",
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      // A failed build leaves no folder: let its own error be the one reported.
      if (!existsSync(outDir)) return;
      const gz = promisify(gzip);
      const br = promisify(brotliCompress);
      for await (const file of filesUnder(outDir)) {
        if (!COMPRESSIBLE.test(file)) continue;
        const data = await readFile(file);
        await writeFile(`${file}.gz`, await gz(data, { level: 9 }));
        await writeFile(
          `${file}.br`,
          await br(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
        );
      }
    },
  };
}

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react(), precompress()],
  resolve: { conditions: ["source"] },
  // Loaded on demand (charts, PDFs), so the dev server would otherwise reload the page on first use.
  optimizeDeps: { include: ["pdf-lib", "uplot"] },
  build: { outDir: "dist", emptyOutDir: true, target: "es2022", sourcemap: false },
  // `npx vite packages/web` for development: API calls go to a running server (MNPLAN_API).
  server: {
    proxy: { "/api": api, "/feeds": api },
  },
});
