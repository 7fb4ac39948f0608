import { isCalendarDate, isTimeZone, todayInZone } from "@mnplan/core";

export interface RequestContext {
  /** The current instant, milliseconds since the epoch. */
  readonly now: number;
  /** The zone to assume when the request gives none (called only when needed: it costs a little). */
  readonly defaultZone: () => string;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Fills what only the edge knows: the time zone (when missing), `today` in that zone and the start date
 * (today) when missing. Anything that is not an object is left for the request's own check to refuse.
 * @example completeRequest({ concerns: [] }, { now: Date.UTC(2027, 0, 1), defaultZone: () => "UTC" })
 */
export function completeRequest(raw: unknown, context: RequestContext): unknown {
  if (!isPlainObject(raw)) return raw;
  const request = { ...raw };
  request.timeZone ??= context.defaultZone();
  if (request.today !== undefined && request.startDate !== undefined) return request;
  const zone =
    typeof request.timeZone === "string" && isTimeZone(request.timeZone)
      ? request.timeZone
      : context.defaultZone();
  const today = todayInZone(context.now, zone);
  request.today ??= today;
  request.startDate ??=
    typeof request.today === "string" && isCalendarDate(request.today) ? request.today : today;
  return request;
}

/** Lays request fields from flags over a request from a file: flags win; lifestyle and health merge by answer. */
export function mergeRequests(base: unknown, flags: Record<string, unknown>): unknown {
  if (!isPlainObject(base) || Object.keys(flags).length === 0) return base;
  const merged: Record<string, unknown> = { ...base, ...flags };
  for (const key of ["lifestyle", "health"]) {
    const from = base[key];
    const over = flags[key];
    if (isPlainObject(from) && isPlainObject(over)) merged[key] = { ...from, ...over };
  }
  return merged;
}
