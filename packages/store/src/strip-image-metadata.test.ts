import { crc32 as zlibCrc32 } from "node:zlib";
import exifr from "exifr";
import { describe, expect, it } from "vitest";
import {
  buildJpeg,
  buildPng,
  JPEG_IMAGE as I,
  JPEG_METADATA as J,
  listJpegSegments,
  PLACE,
  PNG_IMAGE as P,
  PNG_METADATA as M,
  pngChunk,
  segment,
} from "./build-test-images.js";
import { stripImageMetadata } from "./strip-image-metadata.js";
import { crc32 } from "./strip-png-metadata.js";

/** Everything exifr can read: EXIF, GPS, XMP, IPTC, with raw values. */
const EVERYTHING = { tiff: true, exif: true, gps: true, xmp: true, iptc: true, icc: false, jfif: false, ihdr: false, translateValues: false }; // prettier-ignore
const readMetadata = (bytes: Uint8Array) =>
  exifr.parse(Buffer.from(bytes), EVERYTHING) as Promise<Record<string, unknown> | undefined>;

function strip(bytes: Uint8Array) {
  const result = stripImageMetadata(bytes);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

/** Asserts the bytes are refused as an invalid image, for the given reason. */
function expectRefused(bytes: readonly number[], reason: string): void {
  const result = stripImageMetadata(Uint8Array.from(bytes));
  expect(result).toEqual({
    ok: false,
    issues: [
      {
        code: "invalid-image",
        path: "file",
        severity: "error",
        message: expect.stringContaining(reason) as string,
      },
    ],
  });
}

describe("stripImageMetadata on JPEG", () => {
  const tagged = buildJpeg([J.exif(), J.xmp, J.iptc, J.comment, J.mpf], [0x12, 0x34, 0x56]);

  it("removes EXIF with GPS, XMP, IPTC, comments, MPF and trailing data", async () => {
    const before = await readMetadata(tagged);
    expect(before).toMatchObject({ latitude: PLACE.latitude, Make: "Canon", City: "London" });
    const stripped = strip(tagged);
    expect(stripped.mediaType).toBe("image/jpeg");
    expect(stripped.removed).toEqual([
      "APP1 Exif",
      "APP1 http://ns.adobe.com/xap/1.0/",
      "APP13 Photoshop",
      "COM",
      "APP2 MPF",
      "3 bytes after the image",
    ]);
    expect(await readMetadata(stripped.bytes)).toBeUndefined();
    expect(await exifr.gps(Buffer.from(stripped.bytes))).toBeUndefined();
    expect(Buffer.from(stripped.bytes).includes("Acacia")).toBe(false);
  });

  it("keeps the picture's segments byte for byte: tables, frame, scan and its data, JFIF, ICC, Adobe", () => {
    const kept = listJpegSegments(strip(tagged).bytes);
    const expected = [
      I.jfif,
      I.icc,
      I.adobe,
      I.dqt,
      I.sof,
      I.dhtDc,
      I.dhtAc,
      I.dri,
      [...I.sos, ...I.scan],
    ];
    expect(kept.map(([, bytes]) => bytes)).toEqual(expected);
  });

  it("gives back a JPEG with no metadata unchanged", () => {
    const clean = buildJpeg([]);
    const stripped = strip(clean);
    expect(stripped.removed).toEqual([]);
    expect(stripped.bytes).toEqual(clean);
  });

  it.each([
    ["little-endian", false],
    ["big-endian", true],
  ])("keeps only the orientation of %s EXIF, right after JFIF", async (_, bigEndian) => {
    const stripped = strip(buildJpeg([J.exif({ orientation: 6, bigEndian }), J.xmp]));
    expect(await readMetadata(stripped.bytes)).toEqual({ Orientation: 6 });
    expect(
      listJpegSegments(stripped.bytes)
        .map(([marker]) => marker)
        .slice(0, 2),
    ).toEqual([0xe0, 0xe1]);
  });

  it("drops an orientation of 1, which says nothing", async () => {
    expect(
      await readMetadata(strip(buildJpeg([J.exif({ orientation: 1 })])).bytes),
    ).toBeUndefined();
  });

  it("drops the thumbnail a JFIF header may carry, keeping the header", () => {
    const jpeg = Uint8Array.from([
      0xff,
      0xd8,
      ...J.jfifWithThumbnail,
      ...buildJpeg([]).subarray(2 + I.jfif.length),
    ]);
    const [first] = listJpegSegments(strip(jpeg).bytes);
    expect(first).toEqual([0xe0, I.jfif]);
    expect(J.jfifWithThumbnail.length).toBeGreaterThan(I.jfif.length);
  });

  it("walks several scans with tables between them, and fill bytes before a marker", () => {
    const second = [...I.dhtAc, ...I.sos, 0x15, 0xff, 0x00, 0x27];
    const jpeg = buildJpeg([J.comment]);
    const withSecond = Uint8Array.from([...jpeg.subarray(0, -2), 0xff, ...second, 0xff, 0xd9]);
    const stripped = strip(withSecond);
    expect(stripped.removed).toEqual(["COM"]);
    expect([...stripped.bytes.subarray(-(second.length + 3))]).toEqual([
      0xff,
      ...second,
      0xff,
      0xd9,
    ]);
  });

  const soi = [0xff, 0xd8];
  const image = [...I.dqt, ...I.sof, ...I.dhtDc, ...I.dhtAc, ...I.sos, ...I.scan];
  it.each([
    [
      "it stops inside a segment",
      [...soi, ...I.dqt.slice(0, 20)],
      "segment 0xDB at byte 2 runs past the end",
    ],
    [
      "a segment length is below 2",
      [...soi, 0xff, 0xdb, 0, 1, ...image, 0xff, 0xd9],
      "segment 0xDB at byte 2 runs past",
    ],
    [
      "bytes sit where a marker should",
      [...soi, ...I.dqt, 0x00, 0x11, ...image, 0xff, 0xd9],
      "expected a marker at byte 71",
    ],
    [
      "it has no end-of-image marker",
      [...soi, ...image],
      "image data ends before its end-of-image marker",
    ],
    [
      "it ends before any scan",
      [...soi, ...I.dqt, ...I.sof, 0xff, 0xd9],
      "ends before any image data",
    ],
    [
      "a scan comes before any frame",
      [...soi, ...I.dqt, ...I.sos, ...I.scan, 0xff, 0xd9],
      "comes before any frame header",
    ],
    [
      "a second start-of-image appears",
      [...soi, 0xff, 0xd8, ...image, 0xff, 0xd9],
      "unexpected marker 0xD8",
    ],
    ["it is nothing but a start", [...soi, 0xff], "ends before its end-of-image marker"],
    [
      "its JFIF header is short",
      [...soi, ...segment(0xe0, [0x4a, 0x46, 0x49, 0x46, 0]), ...image, 0xff, 0xd9],
      "JFIF header is too short",
    ],
  ])("refuses a JPEG where %s", (_, bytes, reason) => {
    expectRefused(bytes, reason);
  });
});

describe("stripImageMetadata on PNG", () => {
  const tagged = buildPng([M.exif(), M.text, M.itxt, M.ztxt, M.time, M.private]);

  it("removes eXIf with GPS, text chunks, tIME and private chunks", async () => {
    expect(await readMetadata(tagged)).toMatchObject({ latitude: PLACE.latitude, Model: "EOS R6" });
    const stripped = strip(tagged);
    expect(stripped.mediaType).toBe("image/png");
    expect(stripped.removed).toEqual(["eXIf", "tEXt", "iTXt", "zTXt", "tIME", "prVt"]);
    expect(await readMetadata(stripped.bytes)).toBeUndefined();
    expect(Buffer.from(stripped.bytes).includes("Acacia")).toBe(false);
  });

  it("keeps the picture's chunks byte for byte, colour profile included", () => {
    expect(strip(tagged).bytes).toEqual(
      Uint8Array.from([...P.signature, ...P.ihdr, ...P.iccp, ...P.phys, ...P.idat, ...P.iend]),
    );
    const clean = buildPng([]);
    expect(strip(clean)).toEqual({ mediaType: "image/png", bytes: clean, removed: [] });
  });

  it("drops anything after IEND", () => {
    const stripped = strip(buildPng([], [0, 0, 0, 0, 0x49, 0x45]));
    expect(stripped.removed).toEqual(["6 bytes after the image"]);
    expect(stripped.bytes).toEqual(buildPng([]));
  });

  it("keeps only the orientation, in a fresh eXIf chunk before the image data", async () => {
    const stripped = strip(buildPng([M.exif({ orientation: 8, bigEndian: true }), M.text]));
    expect(await readMetadata(stripped.bytes)).toEqual({ Orientation: 8 });
    const text = Buffer.from(stripped.bytes).toString("latin1");
    expect(text.indexOf("eXIf")).toBeLessThan(text.indexOf("IDAT"));
  });

  const badCrc = [...P.ihdr.slice(0, -1), (P.ihdr.at(-1) ?? 0) ^ 0xff];
  it.each([
    [
      "a chunk fails its CRC",
      [...P.signature, ...badCrc, ...P.idat, ...P.iend],
      "chunk IHDR at byte 8 fails its CRC check",
    ],
    [
      "IHDR is not first",
      [...P.signature, ...P.phys, ...P.ihdr, ...P.idat, ...P.iend],
      "IHDR must come first",
    ],
    [
      "IHDR comes twice",
      [...P.signature, ...P.ihdr, ...P.ihdr, ...P.idat, ...P.iend],
      "IHDR must come first, and only once",
    ],
    [
      "IHDR has the wrong size",
      [...P.signature, ...pngChunk("IHDR", [0, 0, 0, 1]), ...P.idat, ...P.iend],
      "IHDR chunk is not 13 bytes",
    ],
    ["it has no IEND", [...P.signature, ...P.ihdr, ...P.idat], "ends before its IEND chunk"],
    ["it has no image data", [...P.signature, ...P.ihdr, ...P.iend], "no image data"],
    [
      "IEND is not empty",
      [...P.signature, ...P.ihdr, ...P.idat, ...pngChunk("IEND", [1])],
      "IEND chunk is not empty",
    ],
    [
      "a chunk runs past the end",
      [...P.signature, ...P.ihdr, ...P.idat.slice(0, -6)],
      "chunk IDAT runs past the end",
    ],
    [
      "a chunk's length is too long",
      [...P.signature, ...P.ihdr, 0, 0, 9, 0, ...P.idat.slice(4), ...P.iend],
      "chunk IDAT runs past the end",
    ],
    [
      "a chunk type is not letters",
      [...P.signature, ...P.ihdr, ...pngChunk("ab1d", []), ...P.idat, ...P.iend],
      "does not start a chunk type",
    ],
    [
      "a critical chunk is unknown",
      [...P.signature, ...P.ihdr, ...pngChunk("ZZZZ", []), ...P.idat, ...P.iend],
      "unknown critical chunk ZZZZ",
    ],
  ])("refuses a PNG where %s", (_, bytes, reason) => {
    expectRefused(bytes, reason);
  });

  it("computes the same CRC-32 as zlib", () => {
    for (const length of [0, 1, 13, 255, 4096]) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 7919 + length) & 0xff);
      expect(crc32(bytes)).toBe(zlibCrc32(bytes));
    }
  });
});

describe("stripImageMetadata on other files", () => {
  it.each([
    ["an empty file", []],
    ["a GIF", [...Buffer.from("GIF89a"), 1, 0, 1, 0]],
    ["text", [...Buffer.from("hello, world")]],
    ["a JPEG start alone", [0xff, 0xd8]],
    ["half a PNG signature", [0x89, 0x50, 0x4e, 0x47]],
  ])("refuses %s as not a JPEG or PNG", (_, bytes) => {
    expect(stripImageMetadata(Uint8Array.from(bytes))).toEqual({
      ok: false,
      issues: [
        {
          code: "unsupported-image-type",
          path: "file",
          severity: "error",
          message: "Expected a JPEG or PNG image",
        },
      ],
    });
  });
});
