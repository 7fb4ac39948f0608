import type { CalendarDate } from "./calendar-date.js";
import type { ProgressRatingInput } from "./journal-schema.js";
import type { TreatmentPlan } from "./plan-schema.js";
import type { AdaptRules } from "./rule-pack-schema.js";
import type { Concern } from "./vocabulary.js";

/** How many sessions the series now has, and what progress said about it. */
export interface SeriesLength {
  /** Sessions in the series, done and planned: within the plan's range. */
  readonly total: number;
  /** `strong`: ends at the sessions done; `slow`: runs to the top of the range, then a reassessment. */
  readonly progress: "strong" | "slow" | null;
  /** The ratings behind it, in words: `acne-scars 3 → 4`. */
  readonly ratings: string;
}

interface Trend {
  readonly concern: Concern;
  readonly first: ProgressRatingInput;
  readonly latest: ProgressRatingInput;
}

/**
 * The length of the series after the progress ratings (product: Adapt). Only once the range's low end is
 * done, and only on ratings given since: every concern rated at least `strongProgress.atLeast` ends the
 * series at the sessions done; a concern whose rating gained less than `slowProgress.gainBelow` since its
 * first rating extends it to the top of the range. Never past the top, never below the low end.
 */
export function chooseSeriesLength(
  rules: AdaptRules,
  sessions: NonNullable<TreatmentPlan["sessions"]>,
  concerns: readonly Concern[],
  doneDates: readonly CalendarDate[],
  ratings: readonly ProgressRatingInput[],
): SeriesLength {
  const unchanged: SeriesLength = { total: sessions.recommended, progress: null, ratings: "" };
  const done = doneDates.length;
  const lowEndDone = doneDates[sessions.min - 1];
  if (lowEndDone === undefined) return unchanged;
  const trends = concerns.flatMap((concern): Trend[] => {
    const own = ratings.filter((rating) => rating.concern === concern);
    const first = own[0];
    const latest = own.at(-1);
    return first && latest && latest.date >= lowEndDone ? [{ concern, first, latest }] : [];
  });
  const strong = rules.strongProgress.atLeast;
  if (
    trends.length === concerns.length &&
    trends.every((trend) => trend.latest.score >= strong) &&
    done < sessions.recommended
  ) {
    return {
      total: Math.max(done, sessions.min),
      progress: "strong",
      ratings: describe(trends, (trend) => `${trend.latest.score}/10`),
    };
  }
  const slow = trends.filter(
    (trend) =>
      trend.latest.date > trend.first.date &&
      trend.latest.score < strong &&
      trend.latest.score - trend.first.score < rules.slowProgress.gainBelow,
  );
  if (slow.length === 0) return unchanged;
  return {
    total: sessions.max,
    progress: "slow",
    ratings: describe(slow, (trend) => `${trend.first.score} → ${trend.latest.score}`),
  };
}

function describe(trends: readonly Trend[], score: (trend: Trend) => string): string {
  return trends.map((trend) => `${trend.concern} ${score(trend)}`).join(", ");
}
