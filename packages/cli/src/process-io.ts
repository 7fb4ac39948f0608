import { readFile } from "node:fs/promises";
import type { Io } from "./io.js";
import { writeFileDurably } from "./write-file-durably.js";

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin)
    chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString("utf8");
}

/** The real world: this process's streams, environment, clock and file system. */
export function createProcessIo(): Io {
  return {
    stdin: { isTTY: process.stdin.isTTY === true, read: readStdin },
    stdout: {
      isTTY: process.stdout.isTTY === true,
      write: (text) => void process.stdout.write(text),
    },
    stderr: { write: (text) => void process.stderr.write(text) },
    env: process.env,
    now: () => Date.now(),
    readFile: (path) => readFile(path, "utf8"),
    writeFile: writeFileDurably,
  };
}
