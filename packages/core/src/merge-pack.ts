import type { RulePack } from "./rule-pack-schema.js";

type Overrides<T> = T extends readonly (infer R)[]
  ? ReadonlyArray<R extends { code: string } ? Partial<R> & { code: string } : R>
  : T extends object
    ? { readonly [K in keyof T]?: Overrides<T[K]> }
    : T;

/** Changes to a pack: plain fields replace, records are replaced field by field (or added) by `code`. */
export type PackOverrides = Overrides<RulePack>;

function isRecordList(value: unknown): value is Array<{ code: string }> {
  return (
    Array.isArray(value) &&
    value.every(
      (item) =>
        typeof item === "object" &&
        item !== null &&
        typeof (item as { code?: unknown }).code === "string",
    )
  );
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function mergeValue(base: unknown, change: unknown): unknown {
  if (change === undefined) return base;
  if (isRecordList(base) && isRecordList(change)) {
    const merged = base.map((record) => {
      const replacement = change.find((item) => item.code === record.code);
      return replacement ? mergeValue(record, replacement) : record;
    });
    for (const item of change)
      if (!base.some((record) => record.code === item.code)) merged.push(item);
    return merged;
  }
  if (isPlainObject(base) && isPlainObject(change)) {
    const out: Record<string, unknown> = { ...base };
    for (const [key, value] of Object.entries(change)) out[key] = mergeValue(base[key], value);
    return out;
  }
  return change;
}

/**
 * A pack made from `base` with `changes` applied; the result still has to pass `validateRulePack`.
 * @example mergePack(GUIDELINE_PACK, { id: "my-clinic", interval: { defaultWeeks: 5 } })
 */
export function mergePack<T extends object>(base: RulePack, changes: T): RulePack {
  return mergeValue(base, changes) as RulePack;
}
