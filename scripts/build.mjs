// Builds the distributable files: the core library and the single-file `mnplan` CLI bundle.
// One bundle keeps the CLI's cold start close to a bare `node` start (see bench/cli.bench.mjs).
import { build } from "esbuild";
import { chmod, rm } from "node:fs/promises";

const common = {
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  conditions: ["source"],
  legalComments: "none",
  logLevel: "warning",
};

await rm("packages/core/dist", { recursive: true, force: true });
await rm("packages/cli/dist", { recursive: true, force: true });

await build({
  ...common,
  entryPoints: ["packages/core/src/index.ts"],
  outfile: "packages/core/dist/index.js",
  packages: "external",
});

await build({
  ...common,
  entryPoints: ["packages/cli/src/bin.ts"],
  outfile: "packages/cli/dist/mnplan.js",
  banner: { js: "#!/usr/bin/env node" },
  // The questionnaire library is loaded only when a terminal asks for it.
  external: ["@clack/prompts"],
  minifyWhitespace: true,
  minifySyntax: true,
});
await chmod("packages/cli/dist/mnplan.js", 0o755);
