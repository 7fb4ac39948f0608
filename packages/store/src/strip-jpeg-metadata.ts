import { buildOrientationTiff, readExifOrientation } from "./exif-orientation.js";
import type { StripOutcome } from "./strip-image-metadata.js";

const EOI = 0xd9;
const SOS = 0xda;
const APP0 = 0xe0;
const APP1 = 0xe1;
const APP2 = 0xe2;
const APP14 = 0xee;
const COM = 0xfe;

const isRestart = (marker: number) => marker >= 0xd0 && marker <= 0xd7;
const isFrame = (marker: number) =>
  marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
const hex = (n: number) => `0x${n.toString(16).toUpperCase().padStart(2, "0")}`;

class Malformed extends Error {}

/**
 * Walks a JPEG's segments and keeps the image: frame, tables, scans and their entropy-coded data,
 * APP0 JFIF (without its thumbnail), APP2 ICC profile and APP14 Adobe. Drops every other APPn
 * (EXIF, XMP, IPTC, MPF, …), comments, and anything after the end-of-image marker.
 */
export function stripJpegMetadata(input: Uint8Array): StripOutcome {
  try {
    return walk(input);
  } catch (error) {
    if (error instanceof Malformed) return { ok: false, reason: error.message };
    throw error;
  }
}

function walk(input: Uint8Array): StripOutcome {
  const parts: Uint8Array[] = [input.subarray(0, 2)];
  const removed: string[] = [];
  let orientation: number | undefined;
  let sawFrame = false;
  let sawScan = false;
  let pos = 2;
  for (;;) {
    if (input[pos] !== 0xff) throw new Malformed(`expected a marker at byte ${pos}`);
    while (input[pos + 1] === 0xff) pos++; // fill bytes before a marker
    const marker = input[pos + 1];
    if (marker === undefined) throw new Malformed("it ends before its end-of-image marker");
    if (marker === EOI) {
      if (!sawScan) throw new Malformed("it ends before any image data");
      parts.push(input.subarray(pos, pos + 2));
      if (pos + 2 < input.byteLength)
        removed.push(`${input.byteLength - pos - 2} bytes after the image`);
      break;
    }
    if (isRestart(marker) || marker === 0x01) {
      parts.push(input.subarray(pos, pos + 2));
      pos += 2;
      continue;
    }
    if (marker === 0xd8 || marker === 0x00)
      throw new Malformed(`unexpected marker ${hex(marker)} at byte ${pos}`);
    const length = ((input[pos + 2] ?? 0) << 8) | (input[pos + 3] ?? 0);
    const end = pos + 2 + length;
    if (length < 2 || end > input.byteLength) {
      throw new Malformed(`segment ${hex(marker)} at byte ${pos} runs past the end of the file`);
    }
    const segment = input.subarray(pos, end);
    const body = input.subarray(pos + 4, end);
    pos = end;
    if (marker >= APP0 && marker <= 0xef) {
      const kept = keepApp(marker, body);
      if (kept) parts.push(kept === true ? segment : kept);
      else removed.push(`APP${marker - APP0}${label(body)}`);
      if (marker === APP1 && startsWith(body, "Exif\0\0"))
        orientation ??= readExifOrientation(body.subarray(6));
    } else if (marker === COM) {
      removed.push("COM");
    } else {
      if (isFrame(marker)) sawFrame = true;
      parts.push(segment);
      if (marker === SOS) {
        if (!sawFrame) throw new Malformed(`a scan at byte ${pos} comes before any frame header`);
        sawScan = true;
        const dataEnd = endOfEntropyData(input, pos);
        parts.push(input.subarray(pos, dataEnd));
        pos = dataEnd;
      }
    }
  }
  if (orientation !== undefined && orientation !== 1) {
    const afterJfif = parts[1]?.[1] === APP0 ? 2 : 1;
    parts.splice(afterJfif, 0, orientationSegment(orientation));
  }
  return { ok: true, parts, removed };
}

/** Keep the segment (true), keep a rewritten copy, or drop it (false). */
function keepApp(marker: number, body: Uint8Array): boolean | Uint8Array {
  if (marker === APP0 && startsWith(body, "JFIF\0")) return jfifWithoutThumbnail(body);
  if (marker === APP2) return startsWith(body, "ICC_PROFILE\0");
  if (marker === APP14) return startsWith(body, "Adobe");
  return false;
}

/** A JFIF header is 14 bytes; anything after them is a thumbnail of the picture, dropped. */
function jfifWithoutThumbnail(body: Uint8Array): boolean | Uint8Array {
  if (body.byteLength < 14) throw new Malformed("its JFIF header is too short");
  if (body.byteLength === 14) return true;
  const header = Uint8Array.from(body.subarray(0, 14));
  header[12] = 0; // thumbnail width
  header[13] = 0; // thumbnail height
  return Uint8Array.of(0xff, APP0, 0, 16, ...header);
}

function orientationSegment(orientation: number): Uint8Array {
  const tiff = buildOrientationTiff(orientation);
  const length = 2 + 6 + tiff.byteLength;
  return Uint8Array.of(0xff, APP1, length >> 8, length & 0xff, ...asciiBytes("Exif\0\0"), ...tiff);
}

/** Entropy-coded data runs to the first marker that is not a stuffed 0xFF00 or a restart marker. */
function endOfEntropyData(input: Uint8Array, from: number): number {
  for (let i = from; i < input.byteLength - 1; i++) {
    if (input[i] !== 0xff) continue;
    const next = input[i + 1] ?? 0;
    if (next === 0x00 || isRestart(next)) i++;
    else if (next !== 0xff) return i;
  }
  throw new Malformed("its image data ends before its end-of-image marker");
}

function startsWith(body: Uint8Array, text: string): boolean {
  return body.byteLength >= text.length && [...text].every((c, i) => body[i] === c.charCodeAt(0));
}

function asciiBytes(text: string): number[] {
  return [...text].map((c) => c.charCodeAt(0));
}

/** ` Exif`, ` ICC_PROFILE`, …: the identifier a segment starts with, when it is printable. */
function label(body: Uint8Array): string {
  const end = body.indexOf(0);
  const id = String.fromCharCode(...body.subarray(0, Math.min(end < 0 ? 0 : end, 40)));
  return /^[\x20-\x7e]+$/.test(id) ? ` ${id.split(" ")[0] ?? id}` : "";
}
