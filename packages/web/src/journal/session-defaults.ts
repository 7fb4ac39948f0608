import type { Area, Course, ScheduledSession } from "@mnplan/core";
import { areaRanges } from "./area-ranges";

/** An area to chart, with the depth range the plan gives it (lowest when two concerns share one). */
export interface AreaRange {
  readonly area: Area;
  readonly min?: number;
  readonly max?: number;
}

/** A session form's answers, as typed. */
export interface SessionDraft {
  readonly date: string;
  readonly setting: "clinic" | "home";
  readonly device: "pen" | "roller";
  readonly depths: Readonly<Partial<Record<Area, string>>>;
  readonly needles: string;
  readonly cartridgeType: string;
  readonly passes: string;
  readonly products: string;
  readonly performedBy: string;
  readonly notes: string;
}

/** The next session still to do in the course's current plan, if any. */
export function findNextPlanned(course: Course): ScheduledSession | undefined {
  return course.current.plan.schedule.find((session) => session.state !== "done");
}

/**
 * The areas a session form asks about: those of the next planned session (else the last one) once
 * each, in the plan's order, with the lowest range any of its concerns gives; else the request's.
 */
export function sessionAreas(course: Course): AreaRange[] {
  const source = findNextPlanned(course) ?? course.current.plan.schedule.at(-1);
  const ranges = areaRanges(source?.depthByArea ?? []);
  if (ranges.length > 0) return ranges;
  const areas = new Set(course.request.concerns.flatMap((concern) => concern.areas));
  return [...areas].map((area) => ({ area }));
}

/**
 * The answers a session form starts with: the next planned session's date (today when it is later
 * or there is none), the course's setting, and each area at the low end of its planned depth.
 */
export function sessionDefaults(course: Course, today: string): SessionDraft {
  const next = findNextPlanned(course);
  const date = next && next.date < today ? next.date : today;
  const depths: Partial<Record<Area, string>> = {};
  for (const { area, min } of sessionAreas(course))
    depths[area] = min === undefined ? "" : String(min);
  return {
    date,
    setting: course.request.setting,
    device: "pen",
    depths,
    needles: "",
    cartridgeType: "",
    passes: "",
    products: "",
    performedBy: "",
    notes: "",
  };
}
