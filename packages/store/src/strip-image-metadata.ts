import { errorIssue, type Result } from "@mnplan/core";
import { stripJpegMetadata } from "./strip-jpeg-metadata.js";
import { stripPngMetadata } from "./strip-png-metadata.js";

export type ImageMediaType = "image/jpeg" | "image/png";

/** An image with its metadata removed, and what was removed (`APP1 Exif`, `tEXt`, …). */
export interface StrippedImage {
  readonly mediaType: ImageMediaType;
  readonly bytes: Uint8Array;
  readonly removed: readonly string[];
}

/** What a format's parser gives back: the kept parts, or why the file is not a well-formed image. */
export type StripOutcome =
  | {
      readonly ok: true;
      readonly parts: readonly Uint8Array[];
      readonly removed: readonly string[];
    }
  | { readonly ok: false; readonly reason: string };

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * Checks that the bytes are a well-formed JPEG or PNG and removes what could identify the person or
 * place: EXIF (GPS, camera, times), XMP, IPTC, comments, text chunks, thumbnails, trailing data. The
 * pixels, the colour profile and the EXIF orientation are kept. Pure: bytes in, bytes out.
 */
export function stripImageMetadata(input: Uint8Array): Result<StrippedImage> {
  const mediaType = sniff(input);
  if (!mediaType) {
    return refuse("unsupported-image-type", "Expected a JPEG or PNG image");
  }
  const outcome = mediaType === "image/jpeg" ? stripJpegMetadata(input) : stripPngMetadata(input);
  if (!outcome.ok) {
    const kind = mediaType === "image/jpeg" ? "JPEG" : "PNG";
    return refuse("invalid-image", `Not a well-formed ${kind} image: ${outcome.reason}`);
  }
  return {
    ok: true,
    value: { mediaType, bytes: concat(outcome.parts), removed: outcome.removed },
    issues: [],
  };
}

function sniff(input: Uint8Array): ImageMediaType | undefined {
  if (input[0] === 0xff && input[1] === 0xd8 && input[2] === 0xff) return "image/jpeg";
  if (PNG_SIGNATURE.every((byte, i) => input[i] === byte)) return "image/png";
  return undefined;
}

function refuse(code: string, message: string): Result<StrippedImage> {
  return { ok: false, issues: [errorIssue(code, "file", message)] };
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.byteLength, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.byteLength;
  }
  return out;
}
