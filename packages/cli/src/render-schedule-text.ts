import type { TreatmentPlan } from "@mnplan/core";
import { formatDate, formatMm } from "./format-date.js";
import { heading, type TextLayout } from "./text-layout.js";
import { wrapText } from "./wrap-text.js";

/** The dated sessions as a table: number, date with weekday, depth, and days since the one before. */
export function renderSchedule(plan: TreatmentPlan, layout: TextLayout): string[] {
  const first = plan.schedule[0];
  if (!first) return [];
  const { palette, width } = layout;
  const mainArea = first.depthByArea[0]?.area;
  const depthTitle = mainArea === undefined ? "Depth" : `Depth (${mainArea})`;
  const rows = plan.schedule.map((session) => [
    String(session.number),
    formatDate(session.date),
    formatMm(session.depthMm),
    session.daysSincePrevious === null ? "—" : `${session.daysSincePrevious} days`,
  ]);
  const header = ["No.", "Date", depthTitle, "Since the last"];
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)),
  );
  const line = (cells: readonly string[]): string =>
    `  ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join("   ")}`.trimEnd();
  const lines = [...heading("Your dates", layout), palette.dim(line(header)), ...rows.map(line)];
  if (first.depthByArea.length > 1) {
    const later = plan.schedule[1] ?? first;
    const areas = later.depthByArea
      .map((area) => `${area.area} ${formatMm(area.depthMm)} (${area.concern})`)
      .join(", ");
    lines.push("", wrapText(`Depth by area: ${areas}.`, width, "  ", "    "));
  }
  const lowered =
    plan.schedule[1] && formatMm(first.depthMm) !== formatMm(plan.schedule[1].depthMm);
  if (lowered)
    lines.push(
      wrapText(
        "Session 1 starts one step shallower, to see how your skin responds.",
        width,
        "  ",
        "  ",
      ),
    );
  return lines;
}
