// Images built byte by byte for the metadata tests: a tiny baseline JPEG and PNG, and the metadata a
// phone or editor writes into them (EXIF with GPS, XMP, IPTC, comments, text chunks, thumbnails).
import { deflateSync } from "node:zlib";
import { crc32 } from "./strip-png-metadata.js";

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));
const u16 = (n: number) => [n >> 8, n & 0xff];
const u32 = (n: number) => [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];

/** Where the tests' photos were "taken": 51°30'50.4"N 0°7'39.6"W. */
export const PLACE = { latitude: 51 + 30 / 60 + 50.4 / 3600, longitude: -(7 / 60 + 39.6 / 3600) };

export interface ExifOptions {
  readonly orientation?: number;
  readonly bigEndian?: boolean;
}

/** A TIFF block as EXIF holds it: Make, Model, optional Orientation, and a GPS IFD with PLACE. */
export function buildExifTiff({ orientation, bigEndian = false }: ExifOptions = {}): Uint8Array {
  const le = !bigEndian;
  const w16 = (n: number) => (le ? u16(n).reverse() : u16(n));
  const w32 = (n: number) => (le ? u32(n).reverse() : u32(n));
  const ifd0Tags = orientation === undefined ? 3 : 4;
  const ifd0 = 8;
  const gpsIfd = ifd0 + 2 + ifd0Tags * 12 + 4;
  const data = gpsIfd + 2 + 4 * 12 + 4;
  const make = data;
  const model = make + 6;
  const latitude = model + 8;
  const longitude = latitude + 24;
  const entry = (tag: number, type: number, count: number, value: number[]) => [
    ...w16(tag), ...w16(type), ...w32(count), ...value, ...Array<number>(4 - value.length).fill(0),
  ]; // prettier-ignore
  const rationals = (...pairs: number[]) => pairs.flatMap((n) => w32(n));
  return Uint8Array.from([
    ...(le ? ascii("II") : ascii("MM")), ...w16(42), ...w32(ifd0),
    ...w16(ifd0Tags),
    ...entry(0x010f, 2, 6, w32(make)),
    ...entry(0x0110, 2, 7, w32(model)),
    ...(orientation === undefined ? [] : entry(0x0112, 3, 1, w16(orientation))),
    ...entry(0x8825, 4, 1, w32(gpsIfd)),
    ...w32(0),
    ...w16(4),
    ...entry(0x0001, 2, 2, ascii("N\0")),
    ...entry(0x0002, 5, 3, w32(latitude)),
    ...entry(0x0003, 2, 2, ascii("W\0")),
    ...entry(0x0004, 5, 3, w32(longitude)),
    ...w32(0),
    ...ascii("Canon\0"), ...ascii("EOS R6\0"), 0,
    ...rationals(51, 1, 30, 1, 504, 10),
    ...rationals(0, 1, 7, 1, 396, 10),
  ]); // prettier-ignore
}

const XMP = `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" exif:GPSLatitude="51,30.84N" exif:GPSLongitude="0,7.66W" photoshop:City="London"/></rdf:RDF></x:xmpmeta>`;

export const segment = (marker: number, body: readonly number[]) => [
  0xff,
  marker,
  ...u16(body.length + 2),
  ...body,
];

/** The parts of a tiny JPEG (one 8×8 grey block) that carry the picture. */
export const JPEG_IMAGE = {
  jfif: segment(0xe0, [...ascii("JFIF\0"), 1, 2, 0, 0, 1, 0, 1, 0, 0]),
  icc: segment(0xe2, [...ascii("ICC_PROFILE\0"), 1, 1, ...ascii("fake profile bytes")]),
  adobe: segment(0xee, [...ascii("Adobe"), 0, 100, 0, 0, 0, 0, 1]),
  dqt: segment(0xdb, [0, ...Array<number>(64).fill(1)]),
  sof: segment(0xc0, [8, 0, 8, 0, 8, 1, 1, 0x11, 0]),
  dhtDc: segment(0xc4, [0x00, 1, ...Array<number>(15).fill(0), 0]),
  dhtAc: segment(0xc4, [0x10, 1, ...Array<number>(15).fill(0), 0]),
  dri: segment(0xdd, [0, 1]),
  sos: segment(0xda, [1, 1, 0x00, 0, 63, 0]),
  /** Entropy-coded data with a stuffed 0xFF00 and a restart marker inside. */
  scan: [0x3f, 0xff, 0x00, 0x12, 0xff, 0xd0, 0x3f],
};

/** The metadata segments a camera and an editor leave in a JPEG. */
export const JPEG_METADATA = {
  exif: (options?: ExifOptions) => segment(0xe1, [...ascii("Exif\0\0"), ...buildExifTiff(options)]),
  xmp: segment(0xe1, [...ascii("http://ns.adobe.com/xap/1.0/\0"), ...ascii(XMP)]),
  iptc: segment(0xed, [
    ...ascii("Photoshop 3.0\0"), ...ascii("8BIM"), 0x04, 0x04, 0, 0, ...u32(11),
    0x1c, 0x02, 0x5a, ...u16(6), ...ascii("London"), 0,
  ]), // prettier-ignore
  comment: segment(0xfe, ascii("Taken at 12 Acacia Avenue")),
  mpf: segment(0xe2, [...ascii("MPF\0"), ...ascii("MM"), 0, 42]),
  /** A JFIF header carrying a 1×1 thumbnail. */
  jfifWithThumbnail: segment(0xe0, [...ascii("JFIF\0"), 1, 2, 0, 0, 1, 0, 1, 1, 1, 200, 150, 100]),
};

export function buildJpeg(
  metadata: readonly (readonly number[])[],
  trailer: readonly number[] = [],
): Uint8Array {
  const i = JPEG_IMAGE;
  return Uint8Array.from([
    0xff, 0xd8, ...i.jfif, ...metadata.flat(), ...i.icc, ...i.adobe, ...i.dqt, ...i.sof,
    ...i.dhtDc, ...i.dhtAc, ...i.dri, ...i.sos, ...i.scan, 0xff, 0xd9, ...trailer,
  ]); // prettier-ignore
}

/** A JPEG's segments as [marker, bytes], entropy-coded data included with its scan. */
export function listJpegSegments(jpeg: Uint8Array): [number, number[]][] {
  const out: [number, number[]][] = [];
  let pos = 2;
  while (pos < jpeg.length) {
    const marker = jpeg[pos + 1] ?? 0;
    if (marker === 0xd9) break;
    let end = pos + 2 + (((jpeg[pos + 2] ?? 0) << 8) | (jpeg[pos + 3] ?? 0));
    if (marker === 0xda) {
      while (!(jpeg[end] === 0xff && jpeg[end + 1] === 0xd9)) end++;
    }
    out.push([marker, [...jpeg.subarray(pos, end)]]);
    pos = end;
  }
  return out;
}

export function pngChunk(type: string, data: readonly number[] | Uint8Array): number[] {
  const body = [...ascii(type), ...data];
  return [...u32(data.length), ...body, ...u32(crc32(Uint8Array.from(body)))];
}

/** The chunks of a tiny PNG (one red pixel) that carry the picture. */
export const PNG_IMAGE = {
  signature: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  ihdr: pngChunk("IHDR", [...u32(1), ...u32(1), 8, 2, 0, 0, 0]),
  iccp: pngChunk("iCCP", [
    ...ascii("sRGB\0"),
    0,
    ...deflateSync(Uint8Array.from(ascii("fake profile"))),
  ]),
  phys: pngChunk("pHYs", [...u32(2835), ...u32(2835), 1]),
  idat: pngChunk("IDAT", deflateSync(Uint8Array.of(0, 255, 0, 0))),
  iend: pngChunk("IEND", []),
};

export const PNG_METADATA = {
  exif: (options?: ExifOptions) => pngChunk("eXIf", buildExifTiff(options)),
  text: pngChunk("tEXt", ascii("Comment\0Taken at 12 Acacia Avenue")),
  itxt: pngChunk("iTXt", [...ascii("XML:com.adobe.xmp\0"), 0, 0, 0, 0, ...ascii(XMP)]),
  ztxt: pngChunk("zTXt", [...ascii("Author\0"), 0, ...deflateSync(Uint8Array.from(ascii("Ana")))]),
  time: pngChunk("tIME", [...u16(2027), 1, 9, 18, 30, 0]),
  private: pngChunk("prVt", ascii("tracking id 1234")),
};

export function buildPng(
  metadata: readonly (readonly number[])[],
  trailer: readonly number[] = [],
): Uint8Array {
  const p = PNG_IMAGE;
  return Uint8Array.from([
    ...p.signature, ...p.ihdr, ...p.iccp, ...metadata.flat(), ...p.phys, ...p.idat, ...p.iend, ...trailer,
  ]); // prettier-ignore
}
