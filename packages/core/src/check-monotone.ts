import { errorIssue, type Issue } from "./issue.js";
import type { Condition, FactorRule, RulePack } from "./rule-pack-schema.js";
import { SENSITIVITIES, type LifestyleField } from "./vocabulary.js";

/** The answer that makes each lifestyle field the worse one (rules.md §4). */
const WORSE: Readonly<Record<LifestyleField, boolean>> = {
  smoker: true,
  frequentSun: true,
  dailySunscreen: false,
  followsAftercare: false,
  regularRoutine: false,
};

function hasEffect(factor: FactorRule): boolean {
  return Boolean(factor.addSessions || factor.interval || factor.depthStepsDownAtStart);
}

/** Why a condition would let a worse answer drop the factor, if it would. */
function whyNotMonotone(condition: Condition): string | undefined {
  switch (condition.fact) {
    case "age":
    case "fitzpatrick":
      return condition.below === undefined
        ? undefined
        : `an upper bound on ${condition.fact} would let a higher ${condition.fact} lose the effect; use atLeast only`;
    case "sensitivity": {
      const lowest = Math.min(...condition.in.map((level) => SENSITIVITIES.indexOf(level)));
      const closed = SENSITIVITIES.slice(lowest).every((level) => condition.in.includes(level));
      return closed ? undefined : "it must also hold for every more sensitive skin type";
    }
    case "lifestyle":
      return condition.is === WORSE[condition.field]
        ? undefined
        : `it must test the worse answer (${condition.field}: ${String(WORSE[condition.field])})`;
    case "any":
      return condition.of.map(whyNotMonotone).find((why) => why !== undefined);
    default:
      return undefined;
  }
}

/**
 * Every factor that moves a number must be monotone (rules.md §4): a worse answer never loses its effect,
 * so it can never lower the count, shorten the interval or deepen the first session.
 */
export function checkMonotone(pack: RulePack): Issue[] {
  const issues: Issue[] = [];
  pack.factors.forEach((factor, index) => {
    if (!hasEffect(factor)) return;
    factor.when.forEach((condition, at) => {
      const why = whyNotMonotone(condition);
      if (why)
        issues.push(
          errorIssue(
            "not-monotone",
            `factors[${index}].when[${at}]`,
            `Factor "${factor.code}" is not monotone: ${why}`,
          ),
        );
    });
  });
  return issues;
}
