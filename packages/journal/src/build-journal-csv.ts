import type { CourseHistory } from "@mnplan/core";

const COLUMNS = [
  "kind",
  "id",
  "date",
  "recordedAt",
  "setting",
  "device",
  "cartridgeNeedles",
  "cartridgeType",
  "depthByArea",
  "passes",
  "products",
  "performedBy",
  "redness",
  "swelling",
  "pain",
  "flaking",
  "warningSigns",
  "concern",
  "score",
  "angle",
  "area",
  "consent",
  "mediaType",
  "bytes",
  "sha256",
  "notes",
] as const;
type Row = Partial<Record<(typeof COLUMNS)[number], string | number | boolean | undefined>>;

/**
 * A cell as RFC 4180 wants it, and safe to open in a spreadsheet: text that a spreadsheet would take
 * for a formula (leading `=`, `+`, `-`, `@`, tab or carriage return) is prefixed with `'`.
 */
export function formatCell(value: string | number | boolean | undefined): string {
  if (value === undefined) return "";
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function rowsOf(history: CourseHistory): Row[] {
  const sessions = history.sessions.map((s): Row => ({
    kind: "session",
    ...s,
    cartridgeNeedles: s.cartridge?.needles,
    cartridgeType: s.cartridge?.type,
    depthByArea: s.depthByArea.map((d) => `${d.area}:${d.depthMm}`).join(";"),
    products: s.products?.join(";"),
  }));
  const checkIns = history.checkIns.map((c): Row => ({
    kind: "check-in",
    ...c,
    warningSigns: c.warningSigns?.join(";"),
  }));
  const ratings = history.ratings.map((r): Row => ({ kind: "rating", ...r }));
  const photos = history.photos.map((p): Row => ({ kind: "photo", ...p }));
  return [...sessions, ...checkIns, ...ratings, ...photos].sort(
    (a, b) =>
      String(a.date).localeCompare(String(b.date)) ||
      String(a.recordedAt).localeCompare(String(b.recordedAt)),
  );
}

/** The course's journal as one CSV (RFC 4180, CRLF): a row per record, its `kind` in the first column. */
export function buildJournalCsv(history: CourseHistory): string {
  const lines = [COLUMNS.join(",")];
  for (const row of rowsOf(history)) lines.push(COLUMNS.map((c) => formatCell(row[c])).join(","));
  return `${lines.join("\r\n")}\r\n`;
}
