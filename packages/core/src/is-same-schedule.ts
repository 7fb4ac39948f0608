import type { ScheduledSession, TreatmentPlan } from "./plan-schema.js";

function essentials(session: ScheduledSession): unknown {
  return [
    session.number,
    session.date,
    session.state ?? "planned",
    session.depthByArea.map((area) => [
      area.area,
      area.concern,
      area.depthMm.min,
      area.depthMm.max,
    ]),
    session.performedDepthByArea?.map((area) => [area.area, area.depthMm]) ?? null,
  ];
}

/**
 * Whether two plans schedule the same sessions: the same numbers, dates, done or planned, and depths. A
 * course needs a new revision when this is false or its state moved.
 * @example isSameSchedule(revision.plan, adaptPlan(input).plan)
 */
export function isSameSchedule(a: TreatmentPlan, b: TreatmentPlan): boolean {
  return (
    a.schedule.length === b.schedule.length &&
    JSON.stringify(a.schedule.map(essentials)) === JSON.stringify(b.schedule.map(essentials))
  );
}
