import { addDays, addMonths, type CalendarDate } from "./calendar-date.js";
import { explainRule } from "./cite.js";
import { holdsAll, type Facts } from "./facts.js";
import type { ExplanationLine, ScreeningItem } from "./plan-schema.js";
import type { RulePack, ScreeningRule } from "./rule-pack-schema.js";
import { LEVELS, type Level, type PlanStatus } from "./vocabulary.js";

/** What screening found: the items, the status they give, and when a deferral clears. */
export interface Screening {
  readonly status: PlanStatus;
  readonly items: readonly ScreeningItem[];
  readonly lines: readonly ExplanationLine[];
  /** For a deferral, the day every blocking item has cleared; null when one clears only "when healed". */
  readonly clearsOn: CalendarDate | null;
}

const LEVEL_WORDS: Record<Level, string> = {
  contraindicated: "not now: contraindicated",
  defer: "deferred",
  refer: "a professional decides",
  caution: "caution",
};

function levelFor(rule: ScreeningRule, facts: Facts): Level {
  return typeof rule.level === "string" ? rule.level : rule.level[facts.request.setting];
}

function clearsOn(
  rule: ScreeningRule,
  facts: Facts,
): { clearsOn: CalendarDate | null; notBefore?: CalendarDate } {
  const defer = rule.defer;
  if (!defer) return { clearsOn: null };
  switch (defer.until) {
    case "months-after-isotretinoin-stop": {
      const iso = facts.request.health.isotretinoin;
      return { clearsOn: typeof iso === "object" ? addMonths(iso.stoppedOn, defer.months) : null };
    }
    case "days-after-today":
      return { clearsOn: addDays(facts.referenceDate, defer.days) };
    case "healed":
      return defer.atLeastDays === undefined
        ? { clearsOn: null }
        : { clearsOn: null, notBefore: addDays(facts.referenceDate, defer.atLeastDays) };
  }
}

/**
 * Screens a person against a pack's items (rules.md §6). Status is the most severe level present.
 * @example screen(buildFacts(request), GUIDELINE_PACK).status
 */
export function screen(facts: Facts, pack: RulePack): Screening {
  const items: ScreeningItem[] = [];
  const lines: ExplanationLine[] = [];
  let deferClears: CalendarDate | null | undefined;
  for (const rule of pack.screening) {
    if (!holdsAll(rule.when, facts)) continue;
    const level = levelFor(rule, facts);
    const item: ScreeningItem = {
      code: rule.code,
      level,
      message: rule.message,
      grade: rule.grade,
    };
    if (rule.advice !== undefined) item.advice = rule.advice;
    if (level === "defer") {
      const dates = clearsOn(rule, facts);
      item.clearsOn = dates.clearsOn;
      if (dates.notBefore !== undefined) item.notBefore = dates.notBefore;
      deferClears =
        deferClears === null || dates.clearsOn === null
          ? null
          : deferClears === undefined || dates.clearsOn > deferClears
            ? dates.clearsOn
            : deferClears;
    }
    items.push(item);
    const when = item.clearsOn
      ? ` until ${item.clearsOn}`
      : item.notBefore
        ? `, not before ${item.notBefore}`
        : "";
    lines.push(
      explainRule(
        pack,
        "screening",
        "screening",
        rule,
        `${LEVEL_WORDS[level]}${when}: ${rule.message}`,
      ),
    );
  }
  items.sort((a, b) => LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level));
  const status: PlanStatus = items[0]?.level ?? "ok";
  return { status, items, lines, clearsOn: deferClears ?? null };
}
