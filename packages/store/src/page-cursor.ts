import { InvalidCursorError } from "./repository.js";

/** The most courses one `listCourses` call returns. */
export const MAX_PAGE_SIZE = 1000;

/** Where a page ended: the last course's creation instant and id, opaque to callers. */
export interface CursorPosition {
  readonly createdAt: string;
  readonly id: string;
}

export function encodeCursor(position: CursorPosition): string {
  return Buffer.from(JSON.stringify([position.createdAt, position.id]), "utf8").toString(
    "base64url",
  );
}

export function decodeCursor(cursor: string): CursorPosition {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw new InvalidCursorError(cursor);
  }
  if (
    !Array.isArray(value) ||
    value.length !== 2 ||
    !value.every((part) => typeof part === "string")
  ) {
    throw new InvalidCursorError(cursor);
  }
  const [createdAt, id] = value as [string, string];
  return { createdAt, id };
}

/** A page size is a whole number from 1 to `MAX_PAGE_SIZE`; anything else is a caller's bug. */
export function checkLimit(limit: number): void {
  if (!Number.isSafeInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
    throw new RangeError(`limit must be a whole number from 1 to ${MAX_PAGE_SIZE}, not ${limit}`);
  }
}
