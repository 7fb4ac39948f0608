import type { Entry, RecordOutcome } from "@mnplan/journal";
import { formatDate } from "./format-date.js";
import { describeCheckIn, describeRating, describeSession } from "./render-journal-text.js";
import { renderStanding } from "./render-standing-text.js";
import { bullet, type TextLayout } from "./text-layout.js";
import { wrapText } from "./wrap-text.js";

/** The entry in a line: what it is, its date, and what it says. */
function describeEntry(entry: Entry): string {
  switch (entry.kind) {
    case "session":
      return `the session of ${formatDate(entry.input.date)}: ${describeSession(entry.input)}`;
    case "check-in":
      return `the check-in of ${formatDate(entry.input.date)}: ${describeCheckIn(entry.input)}`;
    case "rating":
      return `the rating of ${formatDate(entry.input.date)}: ${describeRating(entry.input)}`;
  }
}

/** What a journal write prints: what was recorded, any warnings, and where the plan now stands. */
export function renderRecorded(
  entry: Entry,
  outcome: Extract<RecordOutcome, { ok: true }>,
  layout: TextLayout,
): string {
  const { palette, width } = layout;
  const warnings = outcome.warnings.map((warning) =>
    palette.yellow(bullet(`Warning: ${warning.message}`, layout)),
  );
  const lines = [
    wrapText(`Recorded ${describeEntry(entry)}.`, width, "", "  "),
    ...warnings,
    "",
    ...renderStanding(outcome.plan, layout),
  ];
  return `${lines.join("\n")}\n`;
}
