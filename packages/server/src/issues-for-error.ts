import { errorIssue, type Issue } from "@mnplan/core";
import { CourseLockTimeoutError } from "@mnplan/store";
import type { FastifyError } from "fastify";

/** Errors that fastify and its plugins raise for bad input, as issues (their status comes from `statusFor`). */
const BY_CODE: Readonly<Record<string, readonly [code: string, message: string]>> = {
  FST_ERR_CTP_BODY_TOO_LARGE: ["payload-too-large", "The body is larger than this server accepts"],
  FST_REQ_FILE_TOO_LARGE: ["payload-too-large", "The file is larger than 10 MB"],
  FST_FILES_LIMIT: ["payload-too-large", "Send one file"],
  FST_PARTS_LIMIT: ["payload-too-large", "The form has too many parts"],
  FST_FIELDS_LIMIT: ["payload-too-large", "The form has too many fields"],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: ["unsupported-media-type", "Send a JSON body (application/json)"],
  FST_INVALID_MULTIPART_CONTENT_TYPE: ["unsupported-media-type", "Send multipart/form-data"],
  FST_ERR_CTP_EMPTY_JSON_BODY: ["required", "The body is empty; send a JSON object"],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: ["invalid-request", "Content-Length does not match the body"],
  FST_PROTO_VIOLATION: ["invalid-field", "A form field may not be named __proto__"],
  FST_MP_PREMATURE_CLOSE: ["invalid-request", "The form ended before it was complete"],
  FST_ERR_MAX_PARAM_LENGTH: ["not-found", "No such resource: a part of the path is too long"],
  FST_ERR_BAD_URL: ["invalid-request", "The URL is malformed"],
};

/** Statuses a 4xx error may carry that have an issue code of their own. */
const BY_STATUS: Readonly<Record<number, string>> = {
  404: "not-found",
  413: "payload-too-large",
  415: "unsupported-media-type",
};

/**
 * The issues behind an error thrown while serving a request: bad input (fastify's parse and
 * validation errors, multipart limits) becomes issues; a course another writer held too long is
 * `unavailable` (a 503: nothing was written, trying again is safe); anything else is `internal` (a 500).
 */
export function issuesForError(error: FastifyError): Issue[] {
  if (error instanceof CourseLockTimeoutError) {
    return [
      errorIssue(
        "unavailable",
        "",
        "Another write to this course took too long to finish; nothing was written, try again",
      ),
    ];
  }
  const known = error.code === undefined ? undefined : BY_CODE[error.code];
  if (known) return [errorIssue(known[0], "", known[1])];
  if (error.validation) {
    return error.validation.map((item) =>
      errorIssue(
        "invalid-value",
        item.instancePath.replace(/^\//, "").replaceAll("/", "."),
        item.message ?? "Invalid",
      ),
    );
  }
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    if (error instanceof SyntaxError || error.code === "FST_ERR_CTP_INVALID_JSON_BODY") {
      return [errorIssue("malformed-json", "", "The body is not valid JSON")];
    }
    return [errorIssue(BY_STATUS[status] ?? "invalid-request", "", error.message)];
  }
  return [
    errorIssue("internal", "", "Something went wrong on our side; the request was not completed"),
  ];
}
