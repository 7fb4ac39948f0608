// What a download brought: its text or its bytes, once the browser has finished it.
import { readFile } from "node:fs/promises";
import type { Download } from "playwright-core";

/** The text of a finished download. */
export async function downloadedText(download: Download): Promise<string> {
  const path = await download.path();
  return readFile(path, "utf8");
}

/** The bytes of a finished download. */
export async function downloadedBytes(download: Download): Promise<Uint8Array> {
  return new Uint8Array(await readFile(await download.path()));
}
