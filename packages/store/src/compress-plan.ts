import { deflateRawSync, inflateRawSync, type ZlibOptions } from "node:zlib";
import { PLAN_DICTIONARY_1 } from "./plan-dictionary.js";

/**
 * The first byte of a stored plan names its encoding, so a better one can be added beside the others
 * without rewriting old rows: 1 = raw DEFLATE of the JSON, 2 = the same with preset dictionary 1.
 */
export const PLAN_FORMATS = { deflate: 1, deflateWithDictionary1: 2 } as const;
type PlanFormat = (typeof PLAN_FORMATS)[keyof typeof PLAN_FORMATS];

const DICTIONARY_1 = Buffer.from(PLAN_DICTIONARY_1, "utf8");
const OPTIONS: Readonly<Record<PlanFormat, ZlibOptions>> = {
  1: {},
  2: { dictionary: DICTIONARY_1 },
};
/** Far beyond any plan (30–40 KB of JSON): a damaged row must not inflate into gigabytes. */
const MAX_JSON_BYTES = 64 * 1024 * 1024;

/** A plan as stored: its format byte, then its JSON compressed (about 2.6 KB for a 30 KB plan). */
export function compressPlan(
  plan: unknown,
  format: PlanFormat = PLAN_FORMATS.deflateWithDictionary1,
): Buffer {
  const json = Buffer.from(JSON.stringify(plan), "utf8");
  return Buffer.concat([Buffer.of(format), deflateRawSync(json, { ...OPTIONS[format], level: 6 })]);
}

/** The plan's JSON value back from its stored bytes; throws an `Error` saying what is wrong with them. */
export function decompressPlan(bytes: Uint8Array): unknown {
  const format = bytes[0];
  if (format !== PLAN_FORMATS.deflate && format !== PLAN_FORMATS.deflateWithDictionary1) {
    throw new Error(`unknown plan encoding ${format === undefined ? "(empty)" : format}`);
  }
  let json: string;
  try {
    const options = { ...OPTIONS[format], maxOutputLength: MAX_JSON_BYTES };
    json = inflateRawSync(bytes.subarray(1), options).toString("utf8");
  } catch (error) {
    throw new Error(`not valid DEFLATE data (${(error as Error).message})`, { cause: error });
  }
  try {
    return JSON.parse(json) as unknown;
  } catch (error) {
    throw new Error(`not valid JSON (${(error as Error).message})`, { cause: error });
  }
}
