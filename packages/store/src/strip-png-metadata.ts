import { buildOrientationTiff, readExifOrientation } from "./exif-orientation.js";
import type { StripOutcome } from "./strip-image-metadata.js";

/**
 * The chunks a PNG keeps: the critical ones, and the ancillary ones that change how it is drawn.
 * Everything else goes: eXIf, tEXt, iTXt, zTXt, tIME, and any private chunk we do not know.
 */
const KEPT = new Set([
  "IHDR", "PLTE", "IDAT", "IEND",
  "tRNS", "cHRM", "gAMA", "iCCP", "sBIT", "sRGB", "cICP", "mDCV", "cLLI",
  "bKGD", "hIST", "pHYs", "sPLT", "acTL", "fcTL", "fdAT",
]); // prettier-ignore
const CRITICAL = new Set(["IHDR", "PLTE", "IDAT", "IEND"]);
const MAX_CHUNK = 0x7fffffff;

/** Walks a PNG's chunks, checking each length and CRC, IHDR first and IEND last. */
export function stripPngMetadata(input: Uint8Array): StripOutcome {
  const view = new DataView(input.buffer, input.byteOffset, input.byteLength);
  const parts: Uint8Array[] = [input.subarray(0, 8)];
  const removed: string[] = [];
  let orientation: number | undefined;
  let firstData = -1;
  let pos = 8;
  for (let index = 0; ; index++) {
    if (pos + 12 > input.byteLength) return fail("it ends before its IEND chunk");
    const length = view.getUint32(pos);
    const type = String.fromCharCode(...input.subarray(pos + 4, pos + 8));
    const end = pos + 12 + length;
    if (!/^[A-Za-z]{4}$/.test(type)) return fail(`byte ${pos + 4} does not start a chunk type`);
    if (length > MAX_CHUNK || end > input.byteLength)
      return fail(`chunk ${type} runs past the end of the file`);
    if (crc32(input.subarray(pos + 4, end - 4)) !== view.getUint32(end - 4)) {
      return fail(`chunk ${type} at byte ${pos} fails its CRC check`);
    }
    if ((index === 0) !== (type === "IHDR")) return fail("IHDR must come first, and only once");
    if (type === "IHDR" && length !== 13) return fail("its IHDR chunk is not 13 bytes long");
    const isCritical = type.charCodeAt(0) < 0x61;
    if (isCritical && !CRITICAL.has(type)) return fail(`it has an unknown critical chunk ${type}`);
    const chunk = input.subarray(pos, end);
    pos = end;
    if (type === "IEND") {
      if (firstData < 0) return fail("it has no image data (IDAT)");
      if (length !== 0) return fail("its IEND chunk is not empty");
      parts.push(chunk);
      if (pos < input.byteLength) removed.push(`${input.byteLength - pos} bytes after the image`);
      break;
    }
    if (type === "IDAT" && firstData < 0) firstData = parts.length;
    if (KEPT.has(type)) parts.push(chunk);
    else removed.push(type);
    if (type === "eXIf") orientation ??= readExifOrientation(chunk.subarray(8, -4));
  }
  if (orientation !== undefined && orientation !== 1) {
    parts.splice(firstData, 0, buildChunk("eXIf", buildOrientationTiff(orientation)));
  }
  return { ok: true, parts, removed };
}

function fail(reason: string): StripOutcome {
  return { ok: false, reason };
}

function buildChunk(type: string, data: Uint8Array): Uint8Array {
  const chunk = new Uint8Array(12 + data.byteLength);
  const view = new DataView(chunk.buffer);
  view.setUint32(0, data.byteLength);
  chunk.set(
    [...type].map((c) => c.charCodeAt(0)),
    4,
  );
  chunk.set(data, 8);
  view.setUint32(8 + data.byteLength, crc32(chunk.subarray(4, 8 + data.byteLength)));
  return chunk;
}

const CRC_TABLE = Uint32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** The CRC-32 of PNG chunks (ISO 3309, as in zlib). */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
