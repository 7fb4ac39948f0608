import { Buffer } from "node:buffer";

const TEXT_OID = 25;

/**
 * A PostgreSQL `text[]` in the binary wire format (what `array_recv` reads). pg binds a Buffer
 * parameter as binary, so no value is quoted or escaped here and none is parsed from text on the
 * server: each is its length (-1 for null) and its UTF-8 bytes.
 */
export function encodeTextArray(values: readonly (string | null)[]): Buffer {
  const lengths = values.map((value) => (value === null ? -1 : Buffer.byteLength(value)));
  let size = 20;
  for (const length of lengths) size += 4 + Math.max(length, 0);
  const buffer = Buffer.allocUnsafe(size);
  buffer.writeInt32BE(1, 0); // dimensions
  buffer.writeInt32BE(lengths.includes(-1) ? 1 : 0, 4); // has nulls
  buffer.writeInt32BE(TEXT_OID, 8);
  buffer.writeInt32BE(values.length, 12);
  buffer.writeInt32BE(1, 16); // lower bound
  let offset = 20;
  values.forEach((value, index) => {
    offset = buffer.writeInt32BE(lengths[index] ?? -1, offset);
    if (value !== null) offset += buffer.write(value, offset, "utf8");
  });
  return buffer;
}
