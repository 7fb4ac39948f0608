import type { ExplanationLine, Topic, TreatmentPlan } from "./plan-schema.js";

const ORDER: readonly Topic[] = [
  "screening",
  "sessions",
  "interval",
  "depth",
  "safety",
  "schedule",
  "prep",
  "session-day",
  "aftercare",
  "milestones",
  "maintenance",
];

/**
 * A plan's explanation grouped by topic, in reading order: why each number is what it is.
 * @example explain(plan).find((group) => group.topic === "sessions")?.lines[0]?.rule
 */
export function explain(plan: TreatmentPlan): { topic: Topic; lines: ExplanationLine[] }[] {
  return ORDER.map((topic) => ({
    topic,
    lines: plan.explanation.filter((line) => line.topic === topic),
  })).filter((group) => group.lines.length > 0);
}
