import type { CalendarDate } from "./calendar-date.js";
import type { SeriesLength } from "./choose-series-length.js";
import { explainRule } from "./cite.js";
import type { CourseState, PlanChange } from "./course.js";
import type { ReactionSign, WarningSignReport } from "./find-reaction.js";
import type { ExplanationLine, PlanWarning, TreatmentPlan } from "./plan-schema.js";
import type { RulePack } from "./rule-pack-schema.js";
import type { Remaining } from "./schedule-remaining.js";

/** What adapting found, as the revised plan tells it. */
export interface Adaptations {
  readonly pack: RulePack;
  /** The plan as first made. */
  readonly original: TreatmentPlan;
  /** The dates of the sessions done, oldest first. */
  readonly done: readonly CalendarDate[];
  readonly minGap: number;
  readonly signs: readonly WarningSignReport[];
  readonly state: CourseState;
  readonly length: SeriesLength;
  readonly reaction: readonly ReactionSign[];
  readonly remaining: Remaining | undefined;
}

export type AdaptKey = keyof RulePack["adapt"];

/** Collects the changes, the explanation lines (topic `schedule`) and the warnings of a revision. */
export interface AdaptReport {
  readonly found: Adaptations;
  readonly changes: PlanChange[];
  readonly lines: ExplanationLine[];
  readonly warnings: PlanWarning[];
  /** `adapt.<code>` of an adapt record. */
  rule(key: AdaptKey): string;
  /** Adds the explanation line of an adapt record. */
  explain(key: AdaptKey, effect: string): void;
}

export function buildAdaptReport(found: Adaptations): AdaptReport {
  const lines: ExplanationLine[] = [];
  const record = (key: AdaptKey): RulePack["adapt"][AdaptKey] => found.pack.adapt[key];
  return {
    found,
    changes: [],
    lines,
    warnings: [],
    rule: (key) => `adapt.${record(key).code}`,
    explain: (key, effect) => {
      lines.push(explainRule(found.pack, "schedule", "adapt", record(key), effect));
    },
  };
}

/** `1.00–1.50 mm`. */
export function formatDepth(depth: { readonly min: number; readonly max: number }): string {
  return `${depth.min.toFixed(2)}–${depth.max.toFixed(2)} mm`;
}
