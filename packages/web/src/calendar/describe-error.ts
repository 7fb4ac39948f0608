import { ApiError } from "../lib/api";
import { t } from "../strings";

/** A failed request in words: the server's own title when it refused, else "could not reach it". */
export function describeError(error: unknown): string {
  return error instanceof ApiError ? t.common.error.problem(error.title) : t.common.error.network;
}
