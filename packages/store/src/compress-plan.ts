import { deflateRawSync, inflateRawSync } from "node:zlib";

/** The first byte of a stored plan names its encoding, so a better one can be added without a rewrite. */
const DEFLATE_RAW_JSON = 1;
/** Far beyond any plan (30–40 KB of JSON): a damaged row must not inflate into gigabytes. */
const MAX_JSON_BYTES = 64 * 1024 * 1024;

/** A plan as stored: one format byte, then its JSON compressed with raw DEFLATE (about 6:1 on plans). */
export function compressPlan(plan: unknown): Buffer {
  const json = Buffer.from(JSON.stringify(plan), "utf8");
  return Buffer.concat([Buffer.of(DEFLATE_RAW_JSON), deflateRawSync(json, { level: 6 })]);
}

/** The plan's JSON value back from its stored bytes; throws an `Error` saying what is wrong with them. */
export function decompressPlan(bytes: Uint8Array): unknown {
  const format = bytes[0];
  if (format !== DEFLATE_RAW_JSON) {
    throw new Error(`unknown plan encoding ${format === undefined ? "(empty)" : format}`);
  }
  let json: string;
  try {
    json = inflateRawSync(bytes.subarray(1), { maxOutputLength: MAX_JSON_BYTES }).toString("utf8");
  } catch (error) {
    throw new Error(`not valid DEFLATE data (${(error as Error).message})`, { cause: error });
  }
  try {
    return JSON.parse(json) as unknown;
  } catch (error) {
    throw new Error(`not valid JSON (${(error as Error).message})`, { cause: error });
  }
}
