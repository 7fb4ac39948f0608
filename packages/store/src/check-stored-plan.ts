import { STATUSES, type TreatmentPlan } from "@mnplan/core";
import { describe, isPlainObject } from "./row-reader.js";

type Check = (value: unknown) => boolean;

const isString: Check = (value) => typeof value === "string";
const isArray: Check = (value) => Array.isArray(value);
const orNull =
  (check: Check): Check =>
  (value) =>
    value === null || check(value);
const isInt: Check = (value) => Number.isSafeInteger(value);
const isStatus: Check = (value) => (STATUSES as readonly unknown[]).includes(value);

/** The shape of every top-level field of a plan: enough to trust it, cheap enough for every read. */
const PLAN_FIELDS: Readonly<Record<keyof TreatmentPlan, Check>> = {
  id: isString,
  status: isStatus,
  rules: (value) => isPlainObject(value) && isString(value.id) && isString(value.version),
  setting: isString,
  timeZone: isString,
  startDate: isString,
  sessions: orNull(isPlainObject),
  intervalWeeks: orNull(isPlainObject),
  minDaysBetweenSessions: orNull(isInt),
  earliestStart: orNull(isString),
  schedule: isArray,
  screening: isArray,
  explanation: isArray,
  milestones: isArray,
  maintenance: orNull(isPlainObject),
  sessionDay: isPlainObject,
  warningSigns: isPlainObject,
  homeHygiene: isArray,
  warnings: isArray,
  disclaimer: isString,
};

/**
 * A light structural check of a plan read back from the database (a full schema parse would cost more
 * than the read): undefined when it looks like a plan, else the first field that does not.
 */
export function checkStoredPlan(value: unknown): { field: string; detail: string } | undefined {
  if (!isPlainObject(value))
    return { field: "", detail: `expected an object, found ${describe(value)}` };
  for (const [field, check] of Object.entries(PLAN_FIELDS)) {
    if (!check(value[field])) return { field, detail: `unexpected ${describe(value[field])}` };
  }
  const schedule = value.schedule as unknown[];
  for (const [index, session] of schedule.entries()) {
    if (!isPlainObject(session) || !isInt(session.number) || !isString(session.date)) {
      return { field: `schedule[${index}]`, detail: "expected a session with a number and a date" };
    }
  }
  return undefined;
}
