// An in-memory world for main(argv, io): files, standard streams, environment, clock and prompts.
import { CANCELLED, type Cancelled, type Io, type Prompter } from "../src/io.js";

/** 2026-12-01 12:00 UTC: a fixed "now" for tests. */
export const TEST_NOW = Date.UTC(2026, 11, 1, 12);

export interface FakeIoOptions {
  readonly stdin?: string;
  readonly stdinIsTTY?: boolean;
  readonly stdoutIsTTY?: boolean;
  readonly files?: Readonly<Record<string, string>>;
  readonly env?: Readonly<Record<string, string>>;
  readonly now?: number;
  readonly prompt?: Prompter;
  /** Paths whose writing fails, as a full disk or a missing folder would. */
  readonly unwritable?: readonly string[];
}

export interface FakeIo extends Io {
  readonly files: Map<string, string>;
  stdoutText(): string;
  stderrText(): string;
}

function missing(path: string): Error {
  return Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), {
    code: "ENOENT",
  });
}

export function createFakeIo(options: FakeIoOptions = {}): FakeIo {
  const files = new Map(Object.entries(options.files ?? {}));
  let stdout = "";
  let stderr = "";
  const io: FakeIo = {
    files,
    stdin: { isTTY: options.stdinIsTTY ?? false, read: () => Promise.resolve(options.stdin ?? "") },
    stdout: { isTTY: options.stdoutIsTTY ?? false, write: (text) => void (stdout += text) },
    stderr: { write: (text) => void (stderr += text) },
    env: options.env ?? { TZ: "Europe/London" },
    now: () => options.now ?? TEST_NOW,
    readFile: (path) => {
      const text = files.get(path);
      return text === undefined ? Promise.reject(missing(path)) : Promise.resolve(text);
    },
    writeFile: (path, data) => {
      if (options.unwritable?.includes(path)) return Promise.reject(missing(path));
      files.set(path, data);
      return Promise.resolve();
    },
    stdoutText: () => stdout,
    stderrText: () => stderr,
  };
  return options.prompt ? { ...io, prompt: options.prompt } : io;
}

export interface ScriptedPrompter extends Prompter {
  /** The ids of the questions asked, in order. */
  readonly asked: string[];
}

/**
 * A prompter that answers by question id. A missing answer takes the question's default (an empty
 * optional multiselect, a text's default value, a confirm's initial value); a required question
 * without an answer fails the test. Text answers must pass the question's own validation.
 */
export function scriptedPrompter(answers: Readonly<Record<string, unknown>>): ScriptedPrompter {
  const asked: string[] = [];
  const reply = <T>(id: string, fallback: T | undefined): Promise<T | Cancelled> => {
    asked.push(id);
    const given = answers[id] ?? fallback;
    if (given === undefined)
      return Promise.reject(new Error(`The test gives no answer to "${id}"`));
    return Promise.resolve(given === CANCELLED ? CANCELLED : (given as T));
  };
  return {
    asked,
    intro: () => undefined,
    note: () => undefined,
    outro: () => undefined,
    select: (question) => reply(question.id, question.initialValue),
    multiselect: (question) => reply(question.id, question.required ? undefined : []),
    text: async (question) => {
      const answer = await reply<string>(question.id, question.defaultValue);
      const problem = answer === CANCELLED ? undefined : question.validate?.(answer);
      if (problem !== undefined)
        throw new Error(`"${question.id}" refused ${JSON.stringify(answer)}: ${problem}`);
      return answer;
    },
    confirm: (question) => reply(question.id, question.initialValue),
  };
}

/** Runs main(argv) against a fresh in-memory world and returns what a person would see. */
export async function runMain(argv: readonly string[], options: FakeIoOptions = {}) {
  const { main } = await import("../src/main.js");
  const io = createFakeIo(options);
  const code = await main(argv, io);
  return { code, io, stdout: io.stdoutText(), stderr: io.stderrText() };
}
