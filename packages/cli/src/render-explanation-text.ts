import { explain, type Grade, type Topic, type TreatmentPlan } from "@mnplan/core";
import { heading, type TextLayout } from "./text-layout.js";
import { wrapText } from "./wrap-text.js";

const TOPIC_TITLES: Readonly<Record<Topic, string>> = {
  screening: "Screening",
  sessions: "How many sessions",
  interval: "How far apart",
  depth: "Needle depth",
  safety: "Safety limits",
  schedule: "Your dates",
  prep: "Before each session",
  "session-day": "On the day",
  aftercare: "After each session",
  milestones: "When results show",
  maintenance: "After the series",
};

export const GRADE_WORDS: Readonly<Record<Grade, string>> = {
  A: "regulatory text, device labelling, randomised trial or systematic review",
  B: "clinical series, consensus or peer-reviewed review",
  C: "expert opinion",
  D: "clinic or vendor practice only",
};

/** Splits a citation `[13] Dogra S …` into its id and text. */
export function splitCitation(citation: string): { id: string; text: string } {
  const match = /^\[([^\]]+)\]\s*(.*)$/s.exec(citation);
  return match?.[1] !== undefined
    ? { id: match[1], text: match[2] ?? "" }
    : { id: citation, text: citation };
}

/** Numbered sources in order, then the named ones (the guideline, the planner's own choices) by name. */
export function compareSourceIds(a: string, b: string): number {
  const numberA = /^\d+$/.test(a) ? Number(a) : Infinity;
  const numberB = /^\d+$/.test(b) ? Number(b) : Infinity;
  return numberA !== numberB ? numberA - numberB : a.localeCompare(b);
}

/**
 * Why every number is what it is, grouped by topic: each line's rule code, effect, grade and source ids,
 * evidence notes labelled, then the sources cited in full once.
 */
export function renderExplanation(plan: TreatmentPlan, layout: TextLayout): string[] {
  const { palette, width } = layout;
  const lines = heading("Why these numbers", layout);
  lines.push(
    wrapText(
      `Evidence grades: ${Object.entries(GRADE_WORDS)
        .map(([grade, words]) => `${grade} ${words}`)
        .join("; ")}.`,
      width,
      "  ",
      "  ",
    ),
  );
  const cited = new Map<string, string>();
  const noted = new Set<string>();
  for (const group of explain(plan)) {
    lines.push("", palette.bold(`  ${TOPIC_TITLES[group.topic]}`));
    for (const line of group.lines) {
      const ids = line.sources.map(splitCitation);
      for (const { id, text } of ids) if (!cited.has(id)) cited.set(id, text);
      lines.push(
        wrapText(
          `${palette.cyan(line.rule)} ${palette.dim(`(grade ${line.grade})`)} ${line.effect}`,
          width,
          "  - ",
          "    ",
        ),
      );
      lines.push(
        wrapText(
          palette.dim(`Sources: ${ids.map(({ id }) => `[${id}]`).join(" ")}`),
          width,
          "    ",
          "      ",
        ),
      );
      if (line.evidenceNote !== undefined && !noted.has(`${line.rule}:${line.evidenceNote}`)) {
        noted.add(`${line.rule}:${line.evidenceNote}`);
        lines.push(
          wrapText(`${palette.bold("Evidence says:")} ${line.evidenceNote}`, width, "    ", "    "),
        );
      }
    }
  }
  lines.push(...heading("Sources", layout));
  for (const [id, text] of [...cited].sort(([a], [b]) => compareSourceIds(a, b)))
    lines.push(wrapText(`[${id}] ${text}`, width, "  ", "    "));
  return lines;
}
