// Builds the distributable files: the core library, the `mnplan` CLI bundle, the server and the web app. The CLI's
// entry file holds all that planning needs, which keeps its cold start close to a bare `node` start
// (see bench/cli.bench.mjs).
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

// The CLI: `mnplan plan` runs from the entry file alone, with core bundled in. The journal commands
// are a chunk of their own, loaded by `import()` only when one runs; the npm packages the journal's
// store needs (better-sqlite3 is native, pg and kysely are heavy) stay in node_modules, loaded then.
const journalPackages = /[\\/]packages[\\/](store|journal)[\\/]/;
const journalThirdParty = {
  name: "journal-third-party-external",
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) =>
      journalPackages.test(args.importer) && !args.path.startsWith("@mnplan/")
        ? { path: args.path, external: true }
        : undefined,
    );
  },
};
await build({
  ...common,
  entryPoints: { mnplan: "packages/cli/src/bin.ts" },
  outdir: "packages/cli/dist",
  splitting: true,
  chunkNames: "[name]-[hash]",
  banner: { js: "#!/usr/bin/env node" },
  // The questionnaire library is loaded only when a terminal asks for it.
  external: ["@clack/prompts"],
  plugins: [journalThirdParty],
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

// The web app: Vite bundles React and the core planner for the browser into packages/web/dist,
// which the server serves at `/`.
const { build: buildWeb } = await import("vite");
await buildWeb({
  configFile: "packages/web/vite.config.ts",
  logLevel: "warn",
});
