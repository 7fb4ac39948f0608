import { maxDate, type CalendarDate } from "./calendar-date.js";
import { buildScheduledSessions, scheduleConstraintsFor } from "./build-scheduled-sessions.js";
import { buildMilestones, careRulesFor } from "./build-session-care.js";
import { chooseDepth, lowerDepth } from "./choose-depth.js";
import { chooseNumbers, type SeriesNumbers } from "./choose-numbers.js";
import { citeSources, explainRule } from "./cite.js";
import { DISCLAIMER } from "./disclaimer.js";
import { buildFacts } from "./facts.js";
import { hashText } from "./plan-id.js";
import type { AreaDepth, ScheduledSession, TreatmentPlan } from "./plan-schema.js";
import type { PlanRequest } from "./request-schema.js";
import type { RulePack } from "./rule-pack-schema.js";
import { scheduleSessions } from "./schedule-sessions.js";
import { screen, type Screening } from "./screen.js";
import { HOME_MAX_MM, MIN_DAYS_BETWEEN_DEEP_SESSIONS } from "./validate-rule-pack.js";

const SAFETY_SOURCE = ["[rules.md §12] Invariants every pack must keep"];

/** The safety line's words for the least spacing, and why it is at least 28 days when it is (§12.2). */
export function describeMinSpacing(
  minGap: number,
  deep: "needling reaches" | "a session was done at" | undefined,
): string {
  const why = deep
    ? ` (${deep} ${HOME_MAX_MM} mm or deeper: at least ${MIN_DAYS_BETWEEN_DEEP_SESSIONS} days)`
    : "";
  return `Never less than ${minGap} days between sessions${why}`;
}

/**
 * Builds a screened, explained, dated plan from a parsed request and a rule pack. Pure: `today` and the
 * time zone come from the request.
 * @example buildPlan(parsed.value, GUIDELINE_PACK).schedule[0]?.date
 */
export function buildPlan(request: PlanRequest, pack: RulePack): TreatmentPlan {
  const facts = buildFacts(request);
  const screening = screen(facts, pack);
  const start =
    request.today !== undefined ? maxDate(request.startDate, request.today) : request.startDate;
  const plan: TreatmentPlan = {
    id: hashText(`${pack.id}@${pack.version}:${JSON.stringify(request)}`),
    status: screening.status,
    rules: { id: pack.id, version: pack.version, name: pack.name },
    setting: request.setting,
    timeZone: request.timeZone,
    startDate: start,
    sessions: null,
    intervalWeeks: null,
    minDaysBetweenSessions: null,
    earliestStart: null,
    schedule: [],
    screening: [...screening.items],
    explanation: [...screening.lines],
    milestones: [],
    maintenance: null,
    sessionDay: {
      numbingMinutes: pack.sessionDay.numbingMinutes,
      needlingMinutes: pack.sessionDay.needlingMinutes,
      text: pack.sessionDay.text,
    },
    warningSigns: { signs: pack.warningSigns.signs, text: pack.warningSigns.text },
    homeHygiene: request.setting === "home" ? pack.home.hygiene : [],
    warnings: [],
    disclaimer: DISCLAIMER,
  };
  if (start !== request.startDate) {
    plan.warnings.push({
      code: "start-in-past",
      message: `The start date ${request.startDate} has passed; the plan starts from today, ${start}.`,
    });
  }
  if (screening.status === "contraindicated") return plan;

  const numbers = chooseNumbers(facts, pack);
  if (!numbers) return plan;
  const depth = chooseDepth(facts, pack, numbers.sessions.setBy);
  const deep = depth.areas.some((area) => area.depthMm.max >= HOME_MAX_MM);
  const minGap = Math.max(numbers.intervalWeeks.min * 7, deep ? MIN_DAYS_BETWEEN_DEEP_SESSIONS : 0);
  plan.sessions = numbers.sessions;
  plan.intervalWeeks = numbers.intervalWeeks;
  plan.minDaysBetweenSessions = minGap;
  plan.explanation.push(...numbers.lines, ...depth.lines);
  plan.explanation.push({
    topic: "safety",
    rule: "safety.min-spacing",
    effect: describeMinSpacing(minGap, deep ? "needling reaches" : undefined),
    grade: pack.interval.grade,
    sources: [...SAFETY_SOURCE, ...citeSources(pack, pack.interval.sources)],
  });
  addWarnings(plan, request, pack, numbers);
  explainCare(plan, request, pack);
  plan.earliestStart = earliestStart(screening, start);
  const blocked =
    plan.earliestStart === null || screening.items.some((item) => item.level === "refer");
  if (!blocked && plan.earliestStart !== null) {
    plan.schedule = schedule(plan, request, pack, numbers, depth.areas, plan.earliestStart, minGap);
  }
  const first = plan.schedule[0]?.date;
  const last = plan.schedule.at(-1)?.date;
  plan.milestones = buildMilestones(pack.milestones, first, last);
  for (const rule of pack.milestones)
    plan.explanation.push(explainRule(pack, "milestones", "milestones", rule, rule.text));
  const maintenance = pack.maintenance.find((rule) =>
    rule.concerns.includes(numbers.sessions.setBy),
  );
  if (maintenance) {
    plan.maintenance = {
      everyMonths: maintenance.everyMonths ?? null,
      reassessAfterMonths: maintenance.reassessAfterMonths ?? null,
      text: maintenance.text,
    };
    plan.explanation.push(
      explainRule(pack, "maintenance", "maintenance", maintenance, maintenance.text),
    );
  }
  return plan;
}

function earliestStart(screening: Screening, start: CalendarDate): CalendarDate | null {
  if (screening.items.some((item) => item.level === "contraindicated" || item.level === "refer"))
    return null;
  if (screening.status !== "defer") return start;
  return screening.clearsOn === null ? null : maxDate(start, screening.clearsOn);
}

function addWarnings(
  plan: TreatmentPlan,
  request: PlanRequest,
  pack: RulePack,
  numbers: SeriesNumbers,
): void {
  for (const factor of numbers.factors)
    if (factor.warning) plan.warnings.push({ code: factor.code, message: factor.warning });
  if (request.setting === "home" && request.homeDepthOptIn)
    plan.warnings.push({ code: "home-depth-opt-in", message: pack.home.optInWarning });
  if (numbers.sessions.reassessAfterSeries) {
    plan.warnings.push({
      code: "reassess",
      message: numbers.reassessBecauseCapped
        ? `Your answers point to more than ${numbers.sessions.max} sessions, the top of the range: reassess with a professional after session ${numbers.sessions.max}.`
        : `Reassess with a professional after session ${numbers.sessions.max}: more sessions alone may not help.`,
    });
  }
}

function explainCare(plan: TreatmentPlan, request: PlanRequest, pack: RulePack): void {
  const care = careRulesFor(pack, request.setting);
  for (const rule of care.prep)
    plan.explanation.push(
      explainRule(
        pack,
        "prep",
        "prep",
        rule,
        rule.daysBefore === 0
          ? `On the day: ${rule.text}`
          : `${rule.daysBefore} day${rule.daysBefore > 1 ? "s" : ""} before: ${rule.text}`,
      ),
    );
  plan.explanation.push(
    explainRule(pack, "session-day", "session-day", pack.sessionDay, pack.sessionDay.text),
  );
  for (const rule of care.aftercare)
    plan.explanation.push(
      explainRule(
        pack,
        "aftercare",
        "aftercare",
        rule,
        `${rule.fromDay === rule.toDay ? `Day ${rule.fromDay}` : `Days ${rule.fromDay}–${rule.toDay}`}: ${rule.text}`,
      ),
    );
  plan.explanation.push(
    explainRule(
      pack,
      "aftercare",
      "warning-signs",
      pack.warningSigns,
      `${pack.warningSigns.text} ${pack.warningSigns.signs.join("; ")}.`,
    ),
  );
}

function schedule(
  plan: TreatmentPlan,
  request: PlanRequest,
  pack: RulePack,
  numbers: SeriesNumbers,
  areas: readonly AreaDepth[],
  firstDate: CalendarDate,
  minGap: number,
): ScheduledSession[] {
  const interval = numbers.intervalWeeks;
  const result = scheduleSessions({
    ...scheduleConstraintsFor(request, pack, interval, minGap),
    count: numbers.sessions.recommended,
    firstDate,
  });
  return buildScheduledSessions(plan, request, pack, result, {
    firstNumber: 1,
    intervalFor: () => interval,
    depthFor: (number) => {
      const steps = number === 1 ? numbers.depthStepsDownAtStart : 0;
      return areas.map((area) => ({ ...area, depthMm: lowerDepth(area.depthMm, steps, pack) }));
    },
    today: request.today,
  });
}
