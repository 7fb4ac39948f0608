/** The quality each media range of an Accept header gives, by range (`text/calendar`, `*\/*`, …). */
function qualities(accept: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const part of accept.split(",")) {
    const [range = "", ...params] = part.split(";").map((piece) => piece.trim().toLowerCase());
    const q = params.find((param) => param.startsWith("q="));
    const quality = q === undefined ? 1 : Number(q.slice(2));
    if (range !== "" && Number.isFinite(quality))
      out.set(range, Math.max(out.get(range) ?? 0, quality));
  }
  return out;
}

/**
 * Whether a client asks for iCalendar rather than JSON: it must name `text/calendar` and rank it at
 * least as high as JSON. Anything else (no header, `*\/*`, nonsense) gets JSON.
 */
export function prefersCalendar(accept: string | undefined): boolean {
  if (accept === undefined) return false;
  const q = qualities(accept);
  const calendar = q.get("text/calendar") ?? 0;
  const json = q.get("application/json") ?? q.get("application/*") ?? 0;
  return calendar > 0 && calendar >= json;
}
