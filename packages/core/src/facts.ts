import { addMonths, type CalendarDate } from "./calendar-date.js";
import type { PlanRequest } from "./request-schema.js";
import type { Condition } from "./rule-pack-schema.js";
import type { Area, Concern, ResolvedAcneSeverity } from "./vocabulary.js";

/** One concern of a request with its severity resolved (Goodman–Baron grades mapped to words). */
export interface ConcernFacts {
  readonly concern: Concern;
  readonly areas: readonly Area[];
  readonly acneSeverity: ResolvedAcneSeverity | undefined;
  readonly scarType: string | undefined;
  readonly glogau: number | undefined;
}

/** What rules are evaluated against: the request plus the date that "recent" is counted from. */
export interface Facts {
  readonly request: PlanRequest;
  readonly concerns: readonly ConcernFacts[];
  /** Today when the request gives it, else its start date (the later of the two is never earlier). */
  readonly referenceDate: CalendarDate;
}

const GOODMAN_BARON: Record<number, ResolvedAcneSeverity> = {
  1: "macular",
  2: "mild",
  3: "moderate",
  4: "deep",
};

/** Derives the facts rules test from a parsed request. */
export function buildFacts(request: PlanRequest): Facts {
  return {
    request,
    referenceDate: request.today ?? request.startDate,
    concerns: request.concerns.map((item) => ({
      concern: item.concern,
      areas: item.areas,
      acneSeverity:
        item.concern === "acne-scars"
          ? (item.severity ??
            (item.goodmanBaron === undefined ? undefined : GOODMAN_BARON[item.goodmanBaron]))
          : undefined,
      scarType: item.scarType,
      glogau: item.glogau,
    })),
  };
}

function inBounds(
  value: number,
  condition: { atLeast?: number | undefined; below?: number | undefined },
): boolean {
  return (
    (condition.atLeast === undefined || value >= condition.atLeast) &&
    (condition.below === undefined || value < condition.below)
  );
}

/** Whether one condition holds for the facts. */
export function holds(condition: Condition, facts: Facts): boolean {
  const { request } = facts;
  switch (condition.fact) {
    case "health":
      return request.health[condition.flag];
    case "isotretinoin-current":
      return request.health.isotretinoin === "current";
    case "isotretinoin-stopped-within": {
      const iso = request.health.isotretinoin;
      return (
        typeof iso === "object" && addMonths(iso.stoppedOn, condition.months) > facts.referenceDate
      );
    }
    case "active-acne":
      return condition.in.includes(request.health.activeAcne);
    case "age":
      return inBounds(request.age, condition);
    case "fitzpatrick":
      return inBounds(request.fitzpatrick, condition);
    case "sensitivity":
      return condition.in.includes(request.sensitivity);
    case "lifestyle":
      return request.lifestyle[condition.field] === condition.is;
    case "setting":
      return request.setting === condition.is;
    case "concern":
      return facts.concerns.some((c) => condition.in.includes(c.concern));
    case "area":
      return facts.concerns.some((c) => c.areas.some((area) => condition.in.includes(area)));
    case "acne-severity":
      return facts.concerns.some(
        (c) => c.acneSeverity !== undefined && condition.in.includes(c.acneSeverity),
      );
    case "scar-type":
      return facts.concerns.some(
        (c) =>
          c.concern === "acne-scars" &&
          c.scarType !== undefined &&
          (condition.in as readonly string[]).includes(c.scarType),
      );
    case "glogau":
      return facts.concerns.some((c) => c.glogau !== undefined && c.glogau >= condition.atLeast);
    case "any":
      return condition.of.some((inner) => holds(inner, facts));
  }
}

/** Whether every condition of a rule holds. */
export function holdsAll(conditions: readonly Condition[], facts: Facts): boolean {
  return conditions.every((condition) => holds(condition, facts));
}
