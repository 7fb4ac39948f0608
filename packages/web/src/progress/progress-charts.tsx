import type { CheckIn, PerformedSession, ProgressRating } from "@mnplan/core";
import { useMemo } from "react";
import { Link } from "../lib/router";
import { t } from "../strings";
import { buildCheckInChart, buildRatingChart, hasValues } from "./build-chart-data";
import { TimeChart } from "./time-chart";

const words = t.progress.charts;

/** The check-in and rating charts, or a kind word about what to log when there is nothing yet. */
export function ProgressCharts(props: {
  courseId: string;
  checkIns: readonly CheckIn[];
  ratings: readonly ProgressRating[];
  sessions: readonly PerformedSession[];
}) {
  const { checkIns, ratings, sessions } = props;
  const checkInData = useMemo(() => buildCheckInChart(checkIns, sessions), [checkIns, sessions]);
  const ratingData = useMemo(() => buildRatingChart(ratings, sessions), [ratings, sessions]);
  const log = `/course/${encodeURIComponent(props.courseId)}/log`;
  return (
    <section aria-labelledby="charts-heading">
      <h2 id="charts-heading">{words.heading}</h2>
      {hasValues(checkInData) ? (
        <TimeChart
          name={words.checkIns}
          hint={words.checkInsHint}
          data={checkInData}
          yMax={3}
          yStep={1}
        />
      ) : (
        <p className="card">
          {words.noCheckIns} <Link to={`${log}?form=check-in`}>{words.logCheckIn}</Link>
        </p>
      )}
      {hasValues(ratingData) ? (
        <TimeChart
          name={words.ratings}
          hint={words.ratingsHint}
          data={ratingData}
          yMax={10}
          yStep={2}
        />
      ) : (
        <p className="card">
          {words.noRatings} <Link to={`${log}?form=rating`}>{words.logRating}</Link>
        </p>
      )}
    </section>
  );
}
