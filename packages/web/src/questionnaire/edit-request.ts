// Small immutable edits of the draft request. An answer set to undefined is removed, so the
// request only ever holds what the person actually answered (the contract's defaults do the rest).
import type { PlanRequestInput } from "@mnplan/core";
import type { DraftRequest } from "../lib/draft";

/** The draft read as the contract's request, every field possibly missing. */
export type RequestView = Partial<PlanRequestInput>;
export type ConcernDraft = PlanRequestInput["concerns"][number];
export type BlackoutDraft = NonNullable<PlanRequestInput["blackouts"]>[number];

/** Changes the draft request; the change gets the latest request. */
export type Update = (change: (request: DraftRequest) => DraftRequest) => void;

export const view = (request: DraftRequest): RequestView => request;

/** The request with `key` set to `value` (removed when undefined). */
export function withField(request: DraftRequest, key: string, value: unknown): DraftRequest {
  const next = { ...request };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return next;
}

/** The request with `group.key` set (the group removed when it becomes empty). */
export function withNested(
  request: DraftRequest,
  group: "lifestyle" | "health",
  key: string,
  value: unknown,
): DraftRequest {
  const current = request[group];
  const inner = withField(
    typeof current === "object" && current !== null ? (current as DraftRequest) : {},
    key,
    value,
  );
  return withField(request, group, Object.keys(inner).length > 0 ? inner : undefined);
}

/** The concerns chosen so far. */
export function concernsOf(request: DraftRequest): readonly ConcernDraft[] {
  return Array.isArray(request.concerns) ? (request.concerns as ConcernDraft[]) : [];
}

/** The request with the concern at `index` replaced. */
export function withConcern(
  request: DraftRequest,
  index: number,
  concern: ConcernDraft,
): DraftRequest {
  const list = [...concernsOf(request)];
  list[index] = concern;
  return withField(request, "concerns", list);
}

/** A copy of `object` without the keys given. */
export function without<T extends object>(object: T, ...keys: (keyof T)[]): T {
  const copy = { ...object };
  for (const key of keys) delete copy[key];
  return copy;
}

/** The breaks (holidays, busy times) so far. */
export function blackoutsOf(request: DraftRequest): readonly BlackoutDraft[] {
  return Array.isArray(request.blackouts) ? (request.blackouts as BlackoutDraft[]) : [];
}
