import { errorIssue, type Issue, type PhotoInput, type Result } from "@mnplan/core";
import type { FastifyRequest } from "fastify";
import { PhotoUploadSchema } from "./api-schemas.js";
import { parseWith } from "./parse-with.js";

/** A photo upload, read: the record's fields and the file's bytes (not yet checked as an image). */
export interface PhotoUpload {
  readonly input: PhotoInput;
  readonly bytes: Uint8Array;
}

const FieldsSchema = PhotoUploadSchema.omit({ file: true });

/**
 * Reads a multipart photo upload: text fields `date`, `angle`, `area`, `consent=true` and optional
 * `notes`, and exactly one file part. Size limits are the multipart plugin's (they throw 413).
 */
export async function readPhotoUpload(request: FastifyRequest): Promise<Result<PhotoUpload>> {
  if (!request.isMultipart()) {
    return {
      ok: false,
      issues: [errorIssue("unsupported-media-type", "", "Send the photo as multipart/form-data")],
    };
  }
  const fields: Record<string, unknown> = {};
  const issues: Issue[] = [];
  let bytes: Buffer | undefined;
  try {
    for await (const part of request.parts()) {
      if (part.type === "file") {
        bytes = await part.toBuffer();
      } else if (Object.hasOwn(fields, part.fieldname)) {
        issues.push(errorIssue("duplicate", part.fieldname, `"${part.fieldname}" is given twice`));
      } else {
        fields[part.fieldname] = part.value;
      }
    }
  } catch (error) {
    // Limits (413) and the plugin's own refusals carry a status; a form that does not parse does not.
    if (typeof (error as { statusCode?: unknown }).statusCode === "number") throw error;
    return {
      ok: false,
      issues: [
        errorIssue("malformed-multipart", "", "The multipart/form-data body does not parse"),
      ],
    };
  }
  const parsed = parseWith(FieldsSchema, fields);
  issues.unshift(...parsed.issues);
  if (bytes === undefined || bytes.length === 0) {
    issues.push(errorIssue("required", "file", "Attach one JPEG or PNG image as a file part"));
  }
  if (!parsed.ok || bytes === undefined || issues.length > 0) return { ok: false, issues };
  const { date, angle, area, notes } = parsed.value;
  const input: PhotoInput = {
    date,
    angle,
    area,
    consent: true,
    ...(notes === undefined ? {} : { notes }),
  };
  return { ok: true, value: { input, bytes }, issues: [] };
}
