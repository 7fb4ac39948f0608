import { explainRule } from "./cite.js";
import { holdsAll, type ConcernFacts, type Facts } from "./facts.js";
import type { ExplanationLine } from "./plan-schema.js";
import type { FactorRule, RulePack, SessionRule } from "./rule-pack-schema.js";
import { isBodyArea, type Concern } from "./vocabulary.js";

/** The series' numbers and why: sessions (range and recommended) and interval (window and recommended). */
export interface SeriesNumbers {
  readonly sessions: {
    min: number;
    max: number;
    recommended: number;
    reassessAfterSeries: boolean;
    setBy: Concern;
  };
  readonly intervalWeeks: { min: number; max: number; recommended: number };
  readonly factors: readonly FactorRule[];
  readonly depthStepsDownAtStart: number;
  readonly lines: readonly ExplanationLine[];
  readonly reassessBecauseCapped: boolean;
}

function matches(rule: SessionRule, concern: ConcernFacts): boolean {
  if (rule.concern !== "any" && rule.concern !== concern.concern) return false;
  if (rule.bodyArea && !concern.areas.some(isBodyArea)) return false;
  if (rule.severity)
    return (
      concern.acneSeverity !== undefined &&
      (rule.severity as readonly string[]).includes(concern.acneSeverity)
    );
  return true;
}

function moreDemanding(a: SessionRule, b: SessionRule): boolean {
  return (
    a.sessions.max > b.sessions.max ||
    (a.sessions.max === b.sessions.max && a.sessions.min > b.sessions.min)
  );
}

/** The session rule for one concern: the most demanding row that matches it, if any. */
export function sessionRuleFor(pack: RulePack, concern: ConcernFacts): SessionRule | undefined {
  let best: SessionRule | undefined;
  for (const rule of pack.sessions)
    if (matches(rule, concern) && (!best || moreDemanding(rule, best))) best = rule;
  return best;
}

/** A factor's explanation, one line per number it moves (or one line when it moves none). */
function explainFactor(pack: RulePack, factor: FactorRule): ExplanationLine[] {
  const effects: [ExplanationLine["topic"], string][] = [];
  if (factor.addSessions) {
    effects.push([
      "sessions",
      `+${factor.addSessions} session${factor.addSessions > 1 ? "s" : ""}`,
    ]);
  }
  if (factor.interval) {
    const { minWeeks, maxWeeks, recommendedWeeks } = factor.interval;
    effects.push([
      "interval",
      `interval ${minWeeks}–${maxWeeks} weeks, recommended ${recommendedWeeks}`,
    ]);
  }
  if (factor.depthStepsDownAtStart) {
    const steps = factor.depthStepsDownAtStart;
    effects.push(["depth", `first session ${steps} depth step${steps > 1 ? "s" : ""} lower`]);
  }
  if (effects.length === 0)
    return [explainRule(pack, "sessions", "factors", factor, `${factor.label}: ${factor.effect}`)];
  return effects.map(([topic, effect]) =>
    explainRule(pack, topic, "factors", factor, `${factor.label}: ${factor.effect} (${effect})`),
  );
}

/**
 * Chooses the series' numbers (rules.md §2–§4): the most demanding concern sets the range; factors move
 * the recommended count up within it, lengthen the interval and lower the first session's depth. Monotone.
 * Undefined when no session rule matches any concern (only flat marks, say).
 */
export function chooseNumbers(facts: Facts, pack: RulePack): SeriesNumbers | undefined {
  const lines: ExplanationLine[] = [];
  let driver: { rule: SessionRule; concern: Concern } | undefined;
  for (const concern of facts.concerns) {
    const rule = sessionRuleFor(pack, concern);
    if (!rule) continue;
    if (!driver || moreDemanding(rule, driver.rule)) driver = { rule, concern: concern.concern };
  }
  if (!driver) return undefined;
  const factors = pack.factors.filter((factor) => holdsAll(factor.when, facts));

  const { min, max } = driver.rule.sessions;
  const wanted = min + factors.reduce((sum, factor) => sum + (factor.addSessions ?? 0), 0);
  const recommended = Math.min(wanted, max);
  const capped = wanted > max;
  const reassessAfterSeries = capped || (driver.rule.reassessAtMax && recommended === max);

  for (const concern of facts.concerns) {
    const rule = sessionRuleFor(pack, concern);
    if (!rule) continue;
    const sets = rule === driver.rule && concern.concern === driver.concern;
    const range = `${rule.sessions.min}–${rule.sessions.max} sessions`;
    const effect = sets
      ? `${range} for ${concern.concern} (${concern.areas.join(", ")}); sets the count; recommended ${recommended} (low end ${min}${wanted > min ? `, +${wanted - min} from the factors below` : ""}${capped ? `, capped at ${max}: reassess after the series` : ""})`
      : `${range} for ${concern.concern} (${concern.areas.join(", ")}); a less demanding concern, covered by the series`;
    lines.push(explainRule(pack, "sessions", "sessions", rule, effect));
  }

  const base = pack.interval;
  let intervalMin = base.weeks.min;
  let intervalMax = base.weeks.max;
  let intervalRecommended = base.defaultWeeks;
  let depthStepsDownAtStart = 0;
  for (const factor of factors) {
    if (factor.interval) {
      intervalMin = Math.max(intervalMin, factor.interval.minWeeks);
      intervalMax = Math.max(intervalMax, factor.interval.maxWeeks);
      intervalRecommended = Math.max(intervalRecommended, factor.interval.recommendedWeeks);
    }
    depthStepsDownAtStart = Math.max(depthStepsDownAtStart, factor.depthStepsDownAtStart ?? 0);
  }
  intervalRecommended = Math.min(Math.max(intervalRecommended, intervalMin), intervalMax);
  lines.push(
    explainRule(
      pack,
      "interval",
      "interval",
      base,
      `${base.weeks.min}–${base.weeks.max} weeks apart, ${base.defaultWeeks} by default${intervalRecommended !== base.defaultWeeks || intervalMin !== base.weeks.min ? `; this plan: ${intervalMin}–${intervalMax} weeks, recommended ${intervalRecommended} (see the factors)` : ""}`,
    ),
  );
  for (const factor of factors) lines.push(...explainFactor(pack, factor));

  return {
    sessions: { min, max, recommended, reassessAfterSeries, setBy: driver.concern },
    intervalWeeks: { min: intervalMin, max: intervalMax, recommended: intervalRecommended },
    factors,
    depthStepsDownAtStart,
    lines,
    reassessBecauseCapped: capped,
  };
}
