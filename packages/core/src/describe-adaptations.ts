import { differenceInDays } from "./calendar-date.js";
import { buildAdaptReport, type AdaptReport, type Adaptations } from "./adapt-report.js";
import { describeMoves, describeReaction } from "./describe-moves.js";

/** A change per effect of what adapting found, with its reason, and a line for each adapt rule applied. */
export function describeAdaptations(found: Adaptations): AdaptReport {
  const report = buildAdaptReport(found);
  describeTooClose(report);
  describeProgress(report);
  if (found.state === "paused") describePause(report);
  if (found.state === "complete") {
    const done = found.done.length;
    const maintenance = found.original.maintenance;
    report.changes.push({
      code: "series-complete",
      rule: report.rule("complete"),
      message: `All ${done} sessions are done: the series is complete.${maintenance ? ` ${maintenance.text}` : ""}`,
      after: done,
    });
    report.explain(
      "complete",
      `Complete after ${done} session${done > 1 ? "s" : ""}; maintenance follows`,
    );
  }
  if (found.remaining) {
    describeReaction(report, found.remaining);
    describeMoves(report, found.remaining);
  }
  return report;
}

function describePause(report: AdaptReport): void {
  const { signs, done } = report.found;
  const reports = signs.map((sign) => `${sign.signs.join(", ")} on ${sign.date}`);
  const last = done.at(-1);
  const since = last === undefined ? "" : ` since session ${done.length} (${last})`;
  const message = `Warning sign${reports.length > 1 ? "s" : ""}${since}: ${reports.join("; ")}. The course is paused: see a professional before any further session.`;
  report.changes.push({
    code: "paused",
    rule: report.rule("warningSign"),
    message,
    before: "active",
    after: "paused",
  });
  report.warnings.push({ code: "see-a-professional", message });
  report.explain(
    "warningSign",
    `Paused: ${reports.join("; ")}; no further session is planned until one is logged after the sign`,
  );
}

function describeTooClose(report: AdaptReport): void {
  const { done, minGap } = report.found;
  const pairs: string[] = [];
  done.forEach((date, index) => {
    const previous = done[index - 1];
    if (previous === undefined) return;
    const gap = differenceInDays(date, previous);
    if (gap >= minGap) return;
    const session = index + 1;
    const message = `Session ${session} (${date}) was done ${gap} days after session ${index} (${previous}), closer than the minimum of ${minGap} days: expect more redness and a longer recovery. No further session is planned that close.`;
    report.changes.push({
      code: "too-close",
      rule: report.rule("tooClose"),
      session,
      message,
      before: minGap,
      after: gap,
    });
    report.warnings.push({ code: "too-close", session, message });
    pairs.push(`sessions ${index} and ${session} ${gap} days apart`);
  });
  if (pairs.length > 0)
    report.explain(
      "tooClose",
      `Done closer than ${minGap} days: ${pairs.join("; ")}; the rest keep at least ${minGap} days`,
    );
}

function describeProgress(report: AdaptReport): void {
  const { length, original } = report.found;
  const before = original.sessions?.recommended ?? 0;
  if (length.progress === "strong") {
    report.changes.push({
      code: "series-shortened",
      rule: report.rule("strongProgress"),
      message: `Strong progress (${length.ratings}) once the low end of the range is done: the series ends with session ${length.total} instead of ${before}.`,
      before,
      after: length.total,
    });
    report.explain(
      "strongProgress",
      `Ratings ${length.ratings}: the series ends at ${length.total} sessions (was ${before})`,
    );
  }
  if (length.progress !== "slow") return;
  const extended = length.total > before;
  const message = extended
    ? `Slow progress (${length.ratings}): the series now runs to ${length.total} sessions, the top of the range; reassess with a professional after session ${length.total}.`
    : `Slow progress (${length.ratings}) at the top of the range: reassess with a professional after session ${length.total}; more sessions alone may not help.`;
  report.changes.push({
    code: extended ? "series-extended" : "reassess",
    rule: report.rule("slowProgress"),
    message,
    before,
    after: length.total,
  });
  if (!original.warnings.some((warning) => warning.code === "reassess"))
    report.warnings.push({ code: "reassess", message });
  report.explain(
    "slowProgress",
    `Ratings ${length.ratings}: ${length.total} sessions (was ${before}), then reassess`,
  );
}
