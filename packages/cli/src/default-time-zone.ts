import { isTimeZone } from "@mnplan/core";

/** The zone a run assumes when the request gives none: `TZ` if it names a zone, else the system's, else UTC. */
export function defaultTimeZone(env: Readonly<Record<string, string | undefined>>): string {
  const fromEnv = env.TZ?.replace(/^:/, "");
  if (fromEnv !== undefined && fromEnv !== "" && isTimeZone(fromEnv)) return fromEnv;
  const system = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return isTimeZone(system) ? system : "UTC";
}
