// Shared by the core tests: request builders, a plan-or-fail helper, and reference date arithmetic
// built on Date.UTC, independent of the engine's own calendar-date module.
import {
  plan,
  type PlanOptions,
  type PlanRequestInput,
  type RulePack,
  type TreatmentPlan,
} from "../src/index.js";

export type ConcernInput = PlanRequestInput["concerns"][number];
export type HealthInput = NonNullable<PlanRequestInput["health"]>;
export type LifestyleInput = NonNullable<PlanRequestInput["lifestyle"]>;

/** A plain request with no flags: glow on the cheeks, 30 years old, Fitzpatrick II, in clinic. */
export function request(overrides: Partial<PlanRequestInput> = {}): PlanRequestInput {
  return {
    concerns: [{ concern: "glow", areas: ["cheeks"] }],
    age: 30,
    fitzpatrick: 2,
    setting: "clinic",
    startDate: "2027-01-04",
    timeZone: "Europe/London",
    ...overrides,
  };
}

/** The request of contract.md, as sent. */
export function contractRequest(): PlanRequestInput {
  return {
    concerns: [{ concern: "acne-scars", severity: "moderate", areas: ["cheeks"] }],
    age: 34,
    fitzpatrick: 4,
    sensitivity: "normal",
    setting: "clinic",
    homeDepthOptIn: false,
    lifestyle: {
      smoker: false,
      dailySunscreen: true,
      frequentSun: false,
      followsAftercare: true,
      regularRoutine: true,
    },
    health: { pregnant: false, isotretinoin: "never", activeAcne: "none" },
    startDate: "2027-01-04",
    today: "2026-12-01",
    timeZone: "Europe/London",
    preferredWeekdays: ["sat"],
    blackouts: [{ from: "2027-02-10", to: "2027-02-20", reason: "beach holiday", sun: true }],
    rules: "guideline",
  };
}

/** The plan for a request, failing the test with the issues when the request is refused. */
export function planOf(input: unknown, options?: PlanOptions): TreatmentPlan {
  const result = plan(input, options);
  if (!result.ok) throw new Error(`Expected a plan, got issues: ${JSON.stringify(result.issues)}`);
  return result.value;
}

/** Options that make a custom pack available to `plan` by its id. */
export function withPack(pack: RulePack): PlanOptions {
  return { packs: { [pack.id]: pack } };
}

const DAY_MS = 86_400_000;

/** Day number (days since 1970-01-01) of a `YYYY-MM-DD` date, by Date.UTC. */
export function refDayNumber(date: string): number {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

/** The `YYYY-MM-DD` date of a day number, by Date. */
export function refDate(dayNumber: number): string {
  return new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
}

export function refAddDays(date: string, days: number): string {
  return refDate(refDayNumber(date) + days);
}

export function refDaysBetween(later: string, earlier: string): number {
  return refDayNumber(later) - refDayNumber(earlier);
}

/** Adds months with Date.UTC, clamping to the last day of the month. */
export function refAddMonths(date: string, months: number): string {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const lastDay = new Date(Date.UTC(year, month - 1 + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month - 1 + months, Math.min(day, lastDay)))
    .toISOString()
    .slice(0, 10);
}

const REF_WEEKDAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const;
export function refWeekday(date: string): (typeof REF_WEEKDAYS)[number] {
  return REF_WEEKDAYS[new Date(refDayNumber(date) * DAY_MS).getUTCDay()] ?? "sun";
}

/** The gaps in days between consecutive dates. */
export function gaps(dates: readonly string[]): number[] {
  return dates.slice(1).map((date, index) => refDaysBetween(date, dates[index] ?? date));
}
