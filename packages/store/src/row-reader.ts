import { CorruptRecordError } from "./repository.js";

/**
 * Reads the columns of one row read back from the database, checking each type on the way, so a
 * damaged row fails with a `CorruptRecordError` naming its table, id and field, never a `TypeError`.
 */
export class RowReader {
  readonly id: string;

  constructor(
    readonly table: string,
    private readonly row: Readonly<Record<string, unknown>>,
    idColumn = "id",
  ) {
    const id = row[idColumn];
    this.id = typeof id === "string" ? id : (JSON.stringify(id) ?? "?");
  }

  fail(field: string, detail: string): never {
    throw new CorruptRecordError(this.table, this.id, field, detail);
  }

  text(field: string): string {
    const value = this.row[field];
    return typeof value === "string"
      ? value
      : this.fail(field, `expected text, found ${describe(value)}`);
  }

  nullableText(field: string): string | null {
    return this.row[field] === null ? null : this.text(field);
  }

  int(field: string): number {
    const value = this.row[field];
    return Number.isSafeInteger(value)
      ? (value as number)
      : this.fail(field, `expected an integer, found ${describe(value)}`);
  }

  nullableInt(field: string): number | null {
    return this.row[field] === null ? null : this.int(field);
  }

  oneOf<T extends string>(field: string, values: readonly T[]): T {
    const value = this.text(field);
    return (values as readonly string[]).includes(value)
      ? (value as T)
      : this.fail(field, `expected one of ${values.join(", ")}, found ${JSON.stringify(value)}`);
  }

  bytes(field: string): Uint8Array {
    const value = this.row[field];
    return value instanceof Uint8Array
      ? value
      : this.fail(field, `expected bytes, found ${describe(value)}`);
  }

  /** A JSON column (JSON text). */
  json(field: string): unknown {
    const text = this.text(field);
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return this.fail(field, "not valid JSON");
    }
  }

  /** A JSON column holding an object (not an array). */
  jsonObject(field: string): Record<string, unknown> {
    const value = this.json(field);
    return isPlainObject(value)
      ? value
      : this.fail(field, `expected a JSON object, found ${describe(value)}`);
  }
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

export function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (value instanceof Uint8Array) return "bytes";
  return typeof value;
}
