// A small JPEG that carries an EXIF GPS position, and multipart bodies to upload it.

const hex = (text: string): number[] =>
  text
    .split(/\s+/)
    .filter(Boolean)
    .map((h) => parseInt(h, 16));

/** A 1×1 JPEG (arithmetic-coded, the smallest well-formed one): SOI, APP0, DQT, SOF9, DAC, SOS, EOI. */
const TINY_JPEG = hex(`
  FF D8 FF E0 00 10 4A 46 49 46 00 01 01 01 00 48 00 48 00 00
  FF DB 00 43 00 03 02 02 02 02 02 03 02 02 02 03 03 03 03 04 06 04 04 04 04 04 08 06 06 05 06 09
  08 0A 0A 09 08 09 09 0A 0C 0F 0C 0A 0B 0E 0B 09 09 0D 11 0D 0E 0F 10 10 11 10 0A 0C 12 13 12 10
  13 0F 10 10 10 FF C9 00 0B 08 00 01 00 01 01 01 11 00 FF CC 00 06 00 10 10 05 FF DA 00 08 01 01
  00 00 3F 00 D2 CF 20 FF D9`);

const u16 = (n: number) => [n >> 8, n & 0xff];
const u32 = (n: number) => [n >>> 24, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
const entry = (tag: number, type: number, count: number, value: number[]) => [
  ...u16(tag),
  ...u16(type),
  ...u32(count),
  ...value,
];
const rationals = (...values: number[]) => values.flatMap((v) => [...u32(v), ...u32(1)]);

/** A big-endian TIFF block: IFD0 points at a GPS IFD holding 51°30′N 0°7′W. */
function gpsTiff(): number[] {
  const gpsAt = 8 + 2 + 12 + 4;
  const dataAt = gpsAt + 2 + 4 * 12 + 4;
  return [
    ...[0x4d, 0x4d, 0x00, 0x2a],
    ...u32(8),
    ...u16(1),
    ...entry(0x8825, 4, 1, u32(gpsAt)),
    ...u32(0),
    ...u16(4),
    ...entry(0x0001, 2, 2, [0x4e, 0, 0, 0]),
    ...entry(0x0002, 5, 3, u32(dataAt)),
    ...entry(0x0003, 2, 2, [0x57, 0, 0, 0]),
    ...entry(0x0004, 5, 3, u32(dataAt + 24)),
    ...u32(0),
    ...rationals(51, 30, 0),
    ...rationals(0, 7, 0),
  ];
}

/** The tiny JPEG with an APP1 Exif segment (GPS) after its JFIF header. */
export function jpegWithGps(): Buffer {
  const exif = [...[0x45, 0x78, 0x69, 0x66, 0, 0], ...gpsTiff()];
  const app1 = [0xff, 0xe1, ...u16(exif.length + 2), ...exif];
  return Buffer.from([...TINY_JPEG.slice(0, 20), ...app1, ...TINY_JPEG.slice(20)]);
}

export interface FilePart {
  readonly name: string;
  readonly filename: string;
  readonly type: string;
  readonly bytes: Uint8Array;
}

/** A multipart/form-data body and its content type. */
export function buildMultipart(
  fields: Readonly<Record<string, string>>,
  files: readonly FilePart[],
  boundary = "----mnplan-test-boundary",
): { payload: Buffer; headers: Record<string, string> } {
  const chunks: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
      ),
    );
  }
  for (const file of files) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${file.name}"; filename="${file.filename}"\r\n` +
          `Content-Type: ${file.type}\r\n\r\n`,
      ),
      Buffer.from(file.bytes),
      Buffer.from("\r\n"),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(chunks),
    headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
  };
}

export const PHOTO_FIELDS = { date: "2027-01-09", angle: "front", area: "cheeks", consent: "true" };

export const photoFile = (bytes: Uint8Array = jpegWithGps()): FilePart => ({
  name: "file",
  filename: "face.jpg",
  type: "image/jpeg",
  bytes,
});
