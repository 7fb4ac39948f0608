import { fromZodIssues, type Result } from "@mnplan/core";
import type * as z from "zod";

/**
 * Parses a value with a schema, its failures as our issues under `prefix` (`body`, `params`, …),
 * mapped exactly as core maps a plan request's: an unknown key gets its own path, a missing field
 * is `required`.
 */
export function parseWith<T>(
  schema: z.ZodType<T>,
  input: unknown,
  prefix: readonly PropertyKey[] = [],
): Result<T> {
  const parsed = schema.safeParse(input, { reportInput: true });
  if (parsed.success) return { ok: true, value: parsed.data, issues: [] };
  return { ok: false, issues: fromZodIssues(parsed.error.issues, prefix) };
}
