import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { conditions: ["source"] },
  test: {
    projects: [
      {
        extends: true,
        test: { name: "core", include: ["packages/core/src/**/*.test.ts"] },
      },
      {
        extends: true,
        ssr: { resolve: { conditions: ["source"], externalConditions: ["source"] } },
        test: { name: "journal", include: ["packages/journal/src/**/*.test.ts"] },
      },
      {
        extends: true,
        ssr: { resolve: { conditions: ["source"], externalConditions: ["source"] } },
        test: {
          name: "cli",
          include: ["packages/cli/src/**/*.test.ts", "packages/cli/test/**/*.test.ts"],
          // Builds dist/ once before any cli test file: the binary tests run the real bundle.
          globalSetup: ["packages/cli/test/build-cli.global-setup.ts"],
        },
      },
      {
        extends: true,
        // The root `resolve.conditions` does not reach Node-side (SSR) resolution: without this,
        // `@mnplan/core` would load from its last build in dist/ instead of its sources.
        ssr: { resolve: { conditions: ["source"] } },
        test: {
          name: "store",
          include: ["packages/store/src/**/*.test.ts"],
          // One file at a time: the SQLite and PostgreSQL suites both sync to disk on every write.
          fileParallelism: false,
        },
      },
      {
        extends: true,
        // Import @mnplan/core and @mnplan/store from their sources, never a stale dist/.
        ssr: { resolve: { conditions: ["source"], externalConditions: ["source"] } },
        test: {
          name: "server",
          include: ["packages/server/src/**/*.test.ts", "packages/server/test/**/*.test.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "web",
          include: ["packages/web/src/**/*.test.{ts,tsx}"],
          environment: "happy-dom",
          setupFiles: ["packages/web/test/setup.ts"],
        },
      },
      {
        extends: true,
        // The server the journeys talk to runs from @mnplan/server's and @mnplan/store's sources.
        ssr: { resolve: { conditions: ["source"], externalConditions: ["source"] } },
        test: {
          name: "e2e",
          include: ["packages/web/e2e/**/*.e2e.test.ts"],
          environment: "node",
          // Builds the app once and serves it for every journey (packages/web/e2e/global-setup.ts).
          globalSetup: ["packages/web/e2e/global-setup.ts"],
          // One Chromium at a time: each file launches its own.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
