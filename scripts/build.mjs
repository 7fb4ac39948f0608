// Builds the distributable files: the core library, the single-file `mnplan` CLI bundle and the
// server. One bundle keeps the CLI's cold start close to a bare `node` start (see bench/cli.bench.mjs).
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
await rm("packages/server/dist", { recursive: true, force: true });

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

// The server: our packages (server, store, core) in one file; every npm dependency stays in
// node_modules, loaded at run time: better-sqlite3 and pg are native or heavy, and
// @fastify/swagger-ui serves its assets from its own folder.
const thirdParty = {
  name: "third-party-external",
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith("@mnplan/") ? undefined : { path: args.path, external: true },
    );
  },
};
await build({
  ...common,
  entryPoints: ["packages/server/src/main.ts"],
  outfile: "packages/server/dist/main.js",
  plugins: [thirdParty],
});
