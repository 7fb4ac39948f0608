// The journal shaped for a chart and its table: one row per day, a column per series, and the
// days sessions took place (rows of their own, so the table shows them too).
import { CONCERNS, type CheckIn, type PerformedSession, type ProgressRating } from "@mnplan/core";
import { t } from "../strings";

export interface ChartSeries {
  readonly key: string;
  readonly label: string;
  /** One value per day of the chart; null where nothing was recorded that day. */
  readonly values: readonly (number | null)[];
}

export interface ChartData {
  /** Calendar dates, oldest first. */
  readonly days: readonly string[];
  readonly series: readonly ChartSeries[];
  /** Session number by day, for the days a session took place. */
  readonly sessions: ReadonlyMap<string, number>;
}

type Dated = { readonly date: string; readonly recordedAt: string };

/** The last record of each day (a later check-in the same day corrects an earlier one). */
function lastOfEachDay<T extends Dated>(items: readonly T[]): Map<string, T> {
  const byDay = new Map<string, T>();
  for (const item of items) {
    const kept = byDay.get(item.date);
    if (!kept || item.recordedAt >= kept.recordedAt) byDay.set(item.date, item);
  }
  return byDay;
}

/** Session numbers by day, counted in date order. */
function numberSessions(sessions: readonly PerformedSession[]): Map<string, number> {
  const days = [...new Set(sessions.map((s) => s.date))].sort();
  return new Map(days.map((day, i) => [day, i + 1]));
}

function allDays(recorded: Iterable<string>, sessions: ReadonlyMap<string, number>): string[] {
  return [...new Set([...recorded, ...sessions.keys()])].sort();
}

export const SCORE_KEYS = ["redness", "swelling", "pain", "flaking"] as const;

/** Check-in scores (0–3) by day. */
export function buildCheckInChart(
  checkIns: readonly CheckIn[],
  sessions: readonly PerformedSession[],
): ChartData {
  const byDay = lastOfEachDay(checkIns);
  const sessionDays = numberSessions(sessions);
  const days = allDays(byDay.keys(), sessionDays);
  return {
    days,
    sessions: sessionDays,
    series: SCORE_KEYS.map((key) => ({
      key,
      label: t.progress.scores[key],
      values: days.map((day) => byDay.get(day)?.[key] ?? null),
    })),
  };
}

/** Progress ratings (0–10) by day, one series per concern that has been rated. */
export function buildRatingChart(
  ratings: readonly ProgressRating[],
  sessions: readonly PerformedSession[],
): ChartData {
  const sessionDays = numberSessions(sessions);
  const rated = CONCERNS.filter((concern) => ratings.some((r) => r.concern === concern));
  const byConcern = new Map(
    rated.map((concern) => [concern, lastOfEachDay(ratings.filter((r) => r.concern === concern))]),
  );
  const days = allDays(
    ratings.map((r) => r.date),
    sessionDays,
  );
  return {
    days,
    sessions: sessionDays,
    series: rated.map((concern) => ({
      key: concern,
      label: t.progress.concerns[concern],
      values: days.map((day) => byConcern.get(concern)?.get(day)?.score ?? null),
    })),
  };
}

/** Whether a chart has anything recorded to draw (session days alone are not enough). */
export function hasValues(data: ChartData): boolean {
  return data.series.some((series) => series.values.some((value) => value !== null));
}

/** A calendar date as uPlot's x value: seconds since the epoch at midnight UTC. */
export function toChartTime(date: string): number {
  const [year = 1970, month = 1, day = 1] = date.split("-").map(Number);
  return Date.UTC(year, month - 1, day) / 1000;
}
