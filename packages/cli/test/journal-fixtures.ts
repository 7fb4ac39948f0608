// A fresh data folder (a real SQLite file) per test, and the flags of a course used across the journal tests.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, expect } from "vitest";
import { runMain, type FakeIoOptions } from "./fake-io.js";

export const COURSE_FLAGS = [
  "--concern",
  "acne-scars:moderate",
  "--area",
  "cheeks",
  "--age",
  "34",
  "--fitzpatrick",
  "3",
  "--setting",
  "clinic",
  "--start",
  "2027-01-04",
  "--tz",
  "Europe/London",
];

/** COURSE_FLAGS with some flags' values replaced: `courseFlags({ "--fitzpatrick": "9" })`. */
export function courseFlags(values: Readonly<Record<string, string>>): string[] {
  return COURSE_FLAGS.map((word, index) => values[COURSE_FLAGS[index - 1] ?? ""] ?? word);
}

export const SESSION_FLAGS = ["--device", "pen", "--depth", "cheeks:1.0"];
export const SLOW_REACTION = ["--redness", "3", "--swelling", "2", "--pain", "1", "--flaking", "0"];
export const CALM_DAY = ["--redness", "1", "--swelling", "0", "--pain", "0", "--flaking", "0"];

const folders: string[] = [];
afterEach(async () => {
  await Promise.all(folders.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A new, empty data folder, removed after the test. */
export async function makeDataDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "mnplan-journal-"));
  folders.push(dir);
  return dir;
}

/** Text with its line wrapping undone, to find sentences in it. */
export const flat = (text: string): string => text.replace(/\s+/g, " ");

export type Run = ReturnType<typeof runMain>;

/** `main` against a data folder (DATA_DIR), with the fake world's fixed clock unless `options` moves it. */
export async function journalRunner(): Promise<{
  dataDir: string;
  run: (argv: readonly string[], options?: FakeIoOptions) => Run;
}> {
  const dataDir = await makeDataDir();
  return {
    dataDir,
    run: (argv, options = {}) =>
      runMain(argv, {
        ...options,
        env: { TZ: "Europe/London", DATA_DIR: dataDir, ...options.env },
      }),
  };
}

/** Starts a course from COURSE_FLAGS (and any more flags); its id. */
export async function startCourse(
  run: (argv: readonly string[]) => Run,
  more: readonly string[] = [],
): Promise<string> {
  const { code, stdout, stderr } = await run([
    "course",
    "new",
    ...COURSE_FLAGS,
    ...more,
    "-f",
    "json",
  ]);
  expect(stderr).toBe("");
  expect(code).toBe(0);
  return (JSON.parse(stdout) as { id: string }).id;
}
