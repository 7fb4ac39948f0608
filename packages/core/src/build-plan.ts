import {
  addDays,
  differenceInDays,
  maxDate,
  weekdayOf,
  type CalendarDate,
} from "./calendar-date.js";
import { buildAftercare, buildMilestones, buildPrep, careRulesFor } from "./build-session-care.js";
import { chooseDepth, lowerDepth } from "./choose-depth.js";
import { chooseNumbers, type SeriesNumbers } from "./choose-numbers.js";
import { citeSources, explainRule } from "./cite.js";
import { DISCLAIMER } from "./disclaimer.js";
import { buildFacts } from "./facts.js";
import { hashText } from "./plan-id.js";
import type { AreaDepth, ExplanationLine, ScheduledSession, TreatmentPlan } from "./plan-schema.js";
import type { PlanRequest } from "./request-schema.js";
import type { RulePack } from "./rule-pack-schema.js";
import { scheduleSessions, type PlacedSession } from "./schedule-sessions.js";
import { screen, type Screening } from "./screen.js";
import { HOME_MAX_MM, MIN_DAYS_BETWEEN_DEEP_SESSIONS } from "./validate-rule-pack.js";

/** How far past a target date the scheduler looks for an allowed day. */
const SCHEDULE_HORIZON_DAYS = 730;
const SAFETY_SOURCE = ["[rules.md §12] Invariants every pack must keep"];
const WEEKDAY_NAMES = {
  mon: "Monday",
  tue: "Tuesday",
  wed: "Wednesday",
  thu: "Thursday",
  fri: "Friday",
  sat: "Saturday",
  sun: "Sunday",
} as const;

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
    effect: `Never less than ${minGap} days between sessions${deep ? " (needling reaches 0.5 mm or deeper: at least 28 days)" : ""}`,
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
  const care = careRulesFor(pack, request.setting);
  const sunDaysBefore = Math.max(
    0,
    ...care.prep.filter((rule) => rule.keepsOutOfSun).map((rule) => rule.daysBefore),
  );
  const sunDaysAfter = Math.max(
    0,
    ...care.aftercare.filter((rule) => rule.keepsOutOfSun).map((rule) => rule.toDay),
  );
  const interval = numbers.intervalWeeks;
  const result = scheduleSessions({
    count: numbers.sessions.recommended,
    firstDate,
    intervalDays: {
      min: interval.min * 7,
      max: interval.max * 7,
      recommended: interval.recommended * 7,
    },
    minGapDays: minGap,
    weekdays: request.preferredWeekdays,
    blackouts: request.blackouts,
    sunDaysBefore,
    sunDaysAfter,
    horizonDays: SCHEDULE_HORIZON_DAYS,
  });
  if (result.unplaced > 0) {
    plan.warnings.push({
      code: "schedule-incomplete",
      message: `No allowed day was found for ${result.unplaced} session${result.unplaced > 1 ? "s" : ""} within two years: loosen the preferred days or blackout periods.`,
    });
  }
  const main = areas[0];
  const sessions: ScheduledSession[] = [];
  let previous: CalendarDate | undefined;
  result.sessions.forEach((placed, index) => {
    const number = index + 1;
    const steps = number === 1 ? numbers.depthStepsDownAtStart : 0;
    const byArea = areas.map((area) => ({
      ...area,
      depthMm: lowerDepth(area.depthMm, steps, pack),
    }));
    sessions.push({
      number,
      date: placed.date,
      weekday: weekdayOf(placed.date),
      daysSincePrevious: previous === undefined ? null : differenceInDays(placed.date, previous),
      depthMm: main
        ? lowerDepth(main.depthMm, steps, pack)
        : { min: pack.depth.floorMm, max: pack.depth.floorMm },
      depthByArea: byArea,
      prep: buildPrep(care.prep, placed.date),
      aftercare: buildAftercare(care.aftercare, placed.date),
    });
    plan.explanation.push(explainPlacement(pack, number, placed, previous, interval.recommended));
    if (placed.stretched)
      plan.warnings.push({
        code: "interval-stretched",
        session: number,
        message: `Session ${number} is more than ${interval.max} weeks after the one before: no allowed day was free inside the window.`,
      });
    if (placed.date < placed.target) {
      plan.warnings.push({
        code: "before-recommended",
        session: number,
        message: `Session ${number} is ${differenceInDays(placed.date, previous ?? placed.date)} days after the one before, sooner than the recommended ${interval.recommended} weeks (still within the allowed window): expect more redness and a longer recovery, or choose a later day.`,
      });
    }
    warnSunAfter(plan, request, care.aftercare, number, placed.date);
    previous = placed.date;
  });
  const firstSession = sessions[0];
  if (firstSession && request.today !== undefined) {
    const late = firstSession.prep
      .filter((step) => step.date < (request.today ?? step.date))
      .map((step) => step.code);
    if (late.length > 0) {
      plan.warnings.push({
        code: "prep-short-notice",
        session: 1,
        message: `Session 1 is soon: some preparation should already have started (${late.join(", ")}). If it has not, move the session later.`,
      });
    }
  }
  return sessions;
}

function explainPlacement(
  pack: RulePack,
  number: number,
  placed: PlacedSession,
  previous: CalendarDate | undefined,
  weeks: number,
): ExplanationLine {
  const day = `Session ${number} on ${WEEKDAY_NAMES[weekdayOf(placed.date)]} ${placed.date}`;
  const basis =
    previous === undefined
      ? `the first allowed day from ${placed.target}`
      : `${differenceInDays(placed.date, previous)} days after session ${number - 1} (target ${weeks} weeks: ${placed.target})`;
  const moves = placed.reasons.map((r) =>
    r.reason === "weekday"
      ? "not a preferred day"
      : r.reason === "blackout"
        ? `blocked: ${r.blackout?.reason ?? "unavailable"} (${r.blackout?.from}–${r.blackout?.to})`
        : `kept clear of sun: ${r.blackout?.reason ?? "sun"} (${r.blackout?.from}–${r.blackout?.to}) would fall in the sun-free days around the session`,
  );
  return explainRule(
    pack,
    "schedule",
    "interval",
    pack.interval,
    `${day}: ${basis}${moves.length > 0 ? `; moved because ${moves.join("; ")}` : ""}`,
  );
}

function warnSunAfter(
  plan: TreatmentPlan,
  request: PlanRequest,
  aftercare: readonly { sunProtection?: boolean | undefined; fromDay: number; toDay: number }[],
  number: number,
  date: CalendarDate,
): void {
  const protect = aftercare.filter((rule) => rule.sunProtection);
  for (const period of request.blackouts) {
    if (!period.sun) continue;
    const hit = protect.some(
      (rule) =>
        addDays(date, rule.fromDay) <= period.to && addDays(date, rule.toDay) >= period.from,
    );
    if (hit)
      plan.warnings.push({
        code: "sun-after-session",
        session: number,
        message: `${period.reason ? period.reason.charAt(0).toUpperCase() + period.reason.slice(1) : "A sunny period"} (${period.from}–${period.to}) falls in the 2 weeks of daily SPF 30+ after session ${number}: protect the skin strictly.`,
      });
  }
}
