// Lint: type-aware TypeScript rules, no import cycles, and the layering of docs/adr/0001.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import { createNodeResolver, importX } from "eslint-plugin-import-x";
import reactHooks from "eslint-plugin-react-hooks";

const purity = {
  patterns: [
    { group: ["node:*"], message: "core is pure: no I/O, no clock, no environment (ADR 0001)." },
    { group: ["@mnplan/*"], message: "core imports no other package of ours (ADR 0001)." },
  ],
};

export default tseslint.config(
  { ignores: ["**/dist/**", "**/node_modules/**", "coverage/**", ".artifacts/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { "import-x": importX },
    // Resolves packages through their export maps (vite and its plugins publish only those).
    settings: { "import-x/resolver-next": [createNodeResolver()] },
    rules: {
      "@typescript-eslint/switch-exhaustiveness-check": [
        "error",
        { considerDefaultExhaustiveForUnions: true },
      ],
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      "import-x/no-cycle": "error",
      "import-x/no-self-import": "error",
    },
  },
  {
    files: ["packages/core/src/**/*.ts"],
    ignores: ["packages/core/src/**/*.test.ts"],
    rules: {
      "no-restricted-imports": ["error", purity],
      "no-restricted-globals": [
        "error",
        { name: "Date", message: "core takes today and instants as inputs (ADR 0001)." },
        { name: "process", message: "core reads no environment (ADR 0001)." },
      ],
      "no-restricted-properties": [
        "error",
        { object: "Math", property: "random", message: "core is deterministic." },
      ],
    },
  },
  // Dependencies point inwards (ADR 0001, 0005): core ← store ← journal ← server, cli.
  ...[
    ["packages/store/src/**/*.ts", ["@mnplan/journal", "@mnplan/server", "@mnplan/cli"]],
    ["packages/journal/src/**/*.ts", ["@mnplan/server", "@mnplan/cli"]],
    ["packages/server/src/**/*.ts", ["@mnplan/cli"]],
  ].map(([files, outer]) => ({
    files: [files],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: outer, message: "dependencies point inwards (ADR 0005)." },
            { group: ["@mnplan/*/*"], message: "import a package through its public index." },
          ],
        },
      ],
    },
  })),
  {
    files: ["packages/cli/src/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@mnplan/core/*", "../../core/*"],
              message: "import core through its public index.",
            },
          ],
        },
      ],
    },
  },
  // The web app runs in the browser: it may use core, never the server-side packages or node:*.
  {
    files: ["packages/web/src/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "error",
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@mnplan/store", "@mnplan/journal", "@mnplan/server", "@mnplan/cli"],
              message: "the web app talks to the server over HTTP (ADR 0006).",
            },
            { group: ["@mnplan/*/*"], message: "import a package through its public index." },
            { group: ["node:*"], message: "the web app runs in the browser." },
          ],
        },
      ],
    },
  },
  {
    files: ["**/*.js", "**/*.mjs", "**/*.cjs"],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: {
      globals: {
        process: "readonly",
        console: "readonly",
        URL: "readonly",
        setTimeout: "readonly",
      },
    },
  },
);
