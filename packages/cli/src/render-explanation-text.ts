import {
  explain,
  type ExplanationLine,
  type Grade,
  type Topic,
  type TreatmentPlan,
} from "@mnplan/core";
import { bullet, heading, paragraph, type TextLayout } from "./text-layout.js";
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

/** One explanation line: rule, grade and effect; its source ids; its evidence note the first time it comes. */
function renderLine(line: ExplanationLine, noted: Set<string>, layout: TextLayout): string[] {
  const { palette, width } = layout;
  const ids = line.sources.map((source) => `[${splitCitation(source).id}]`).join(" ");
  const lines = [
    bullet(
      `${palette.cyan(line.rule)} ${palette.dim(`(grade ${line.grade})`)} ${line.effect}`,
      layout,
    ),
    wrapText(palette.dim(`Sources: ${ids}`), width, "    ", "      "),
  ];
  const note = line.evidenceNote;
  if (note !== undefined && !noted.has(`${line.rule}:${note}`)) {
    noted.add(`${line.rule}:${note}`);
    lines.push(wrapText(`${palette.bold("Evidence says:")} ${note}`, width, "    ", "    "));
  }
  return lines;
}

/**
 * Why every number is what it is, grouped by topic: each line's rule code, effect, grade and source ids,
 * evidence notes labelled, then the sources cited in full once, numbered ones first.
 */
export function renderExplanation(plan: TreatmentPlan, layout: TextLayout): string[] {
  const grades = Object.entries(GRADE_WORDS).map(([grade, words]) => `${grade} ${words}`);
  const lines = [
    ...heading("Why these numbers", layout),
    paragraph(`Evidence grades: ${grades.join("; ")}.`, layout),
  ];
  const noted = new Set<string>();
  for (const group of explain(plan)) {
    lines.push("", layout.palette.bold(`  ${TOPIC_TITLES[group.topic]}`));
    for (const line of group.lines) lines.push(...renderLine(line, noted, layout));
  }
  const cited = new Map(
    plan.explanation.flatMap((line) =>
      line.sources.map((source) => {
        const { id, text } = splitCitation(source);
        return [id, text] as const;
      }),
    ),
  );
  lines.push(...heading("Sources", layout));
  for (const [id, text] of [...cited].sort(([a], [b]) => compareSourceIds(a, b)))
    lines.push(wrapText(`[${id}] ${text}`, layout.width, "  ", "    "));
  return lines;
}
