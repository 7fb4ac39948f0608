import type { CalendarDate } from "./calendar-date.js";
import { formatDepth, type AdaptReport } from "./adapt-report.js";
import type { AreaDepth } from "./plan-schema.js";
import type { Remaining } from "./schedule-remaining.js";

/** After a strong or slow reaction: a change for the longer interval, one for the lower depth, and a line. */
export function describeReaction(report: AdaptReport, remaining: Remaining): void {
  const { original, reaction, done } = report.found;
  const next = remaining.sessions[0];
  const last = done.at(-1);
  const interval = original.intervalWeeks;
  if (reaction.length === 0 || !next || last === undefined || !interval) return;
  const why = reaction
    .map((sign) => `${sign.trigger.label} (${sign.trigger.score} ${sign.score} on day ${sign.day})`)
    .join("; ");
  const number = next.number;
  const weeks = remaining.nextInterval.recommended;
  report.changes.push({
    code: "interval-lengthened",
    rule: report.rule("slowReaction"),
    session: number,
    message: `After session ${number - 1} (${last}): ${why}. Session ${number} waits ${weeks} weeks instead of ${interval.recommended}.`,
    before: interval.recommended,
    after: weeks,
  });
  const planned = original.schedule[number - 1] ?? original.schedule.at(-1);
  const lowered = changedDepths(planned?.depthByArea ?? [], next.depthByArea);
  if (planned && lowered.length > 0) {
    const areas = lowered.map(
      ([was, now]) => `${now.area} ${formatDepth(now.depthMm)} (was ${formatDepth(was.depthMm)})`,
    );
    report.changes.push({
      code: "depth-lowered",
      rule: report.rule("slowReaction"),
      session: number,
      message: `Session ${number} one depth step lower after that reaction: ${areas.join("; ")}.`,
      before: formatDepth(planned.depthMm),
      after: formatDepth(next.depthMm),
    });
  }
  const depth =
    lowered.length > 0
      ? `one depth step lower (${formatDepth(next.depthMm)})`
      : "at the depth floor already";
  report.explain(
    "slowReaction",
    `After session ${number - 1}: ${why}; session ${number} ${weeks} weeks after it and ${depth}`,
  );
}

function changedDepths(
  planned: readonly AreaDepth[],
  now: readonly AreaDepth[],
): [AreaDepth, AreaDepth][] {
  return now.flatMap((area, index): [AreaDepth, AreaDepth][] => {
    const was = planned[index];
    return was && (was.depthMm.min !== area.depthMm.min || was.depthMm.max !== area.depthMm.max)
      ? [[was, area]]
      : [];
  });
}

/** Missed sessions, then every session whose date is not the first plan's, from and to which dates, and why. */
export function describeMoves(report: AdaptReport, remaining: Remaining): void {
  const { original } = report.found;
  const missed = describeMissed(report, remaining);
  const { rule, reason } = whyMoved(report, missed.size > 0);
  for (const session of remaining.sessions) {
    if (missed.has(session.number)) continue;
    const before = original.schedule[session.number - 1]?.date;
    if (before === session.date) continue;
    if (before === undefined) {
      const added = session.number > (original.sessions?.recommended ?? 0);
      report.changes.push({
        code: "session-added",
        rule: added ? report.rule("slowProgress") : rule,
        session: session.number,
        message: `Session ${session.number} added on ${session.date}.`,
        before: null,
        after: session.date,
      });
    } else {
      report.changes.push({
        code: "session-moved",
        rule,
        session: session.number,
        message: `Session ${session.number} moves from ${before} to ${session.date}: ${reason}.`,
        before,
        after: session.date,
      });
    }
  }
}

function describeMissed(report: AdaptReport, remaining: Remaining): Set<number> {
  const missed = new Set<number>();
  const dateOf = (number: number): CalendarDate | undefined =>
    remaining.sessions.find((session) => session.number === number)?.date;
  for (const { number, due } of remaining.missed) {
    missed.add(number);
    const now = dateOf(number);
    report.changes.push({
      code: "missed-session",
      rule: report.rule("missedSession"),
      session: number,
      message: `Session ${number} was due on ${due} and has not been logged: it moves to ${now ?? "no allowed day within two years"}.`,
      before: due,
      after: now ?? null,
    });
  }
  if (missed.size > 0)
    report.explain(
      "missedSession",
      `Missed: session${missed.size > 1 ? "s" : ""} ${[...missed].join(", ")}; the rest follow from today, keeping every interval`,
    );
  return missed;
}

/** The rule behind the moves (a missed session, a reaction, else the interval) and every reason, in words. */
function whyMoved(report: AdaptReport, missed: boolean): { rule: string; reason: string } {
  const { original, reaction, done, minGap, pack } = report.found;
  const last = done.at(-1);
  const planned = original.schedule[done.length - 1]?.date;
  const reasons = [
    ...(missed ? ["a session was missed"] : []),
    ...(reaction.length > 0 ? [`the interval after session ${done.length} is longer`] : []),
    ...(last !== undefined && last !== planned
      ? [`session ${done.length} was done on ${last}${planned ? `, planned for ${planned}` : ""}`]
      : []),
  ];
  return {
    rule: missed
      ? report.rule("missedSession")
      : reaction.length > 0
        ? report.rule("slowReaction")
        : `interval.${pack.interval.code}`,
    reason: reasons.join("; ") || `sessions stay at least ${minGap} days apart`,
  };
}
