import { isTimeZone, todayInZone } from "@mnplan/core";

/**
 * Fills `today` in the request's own time zone when the client left it out: the edge knows the
 * date, the engine never reads the clock. Anything else is left for the request's parse to judge.
 */
export function completeRequest(raw: unknown, now: number): unknown {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return raw;
  const request = raw as Record<string, unknown>;
  const zone = request.timeZone;
  if (request.today !== undefined || typeof zone !== "string" || !isTimeZone(zone)) return raw;
  return { ...request, today: todayInZone(now, zone) };
}
