import {
  buildPlan,
  type Course,
  type PlanRequest,
  type PlanRequestInput,
  type RulePack,
} from "@mnplan/core";
import { findNextDue } from "./next-due.js";

export interface NewCourse {
  readonly id: string;
  readonly createdAt: string;
  readonly label: string | null;
  readonly input: PlanRequestInput;
  readonly request: PlanRequest;
  readonly pack: RulePack;
}

/** A new course: the plan made from its request with the request's pack, as revision 0. */
export function createCourse({ id, createdAt, label, input, request, pack }: NewCourse): Course {
  const plan = buildPlan(request, pack);
  return {
    id,
    createdAt,
    label,
    request: input,
    rules: { id: pack.id, version: pack.version },
    current: { number: 0, createdAt, cause: "created", state: "active", plan, changes: [] },
    nextDue: findNextDue(plan, [], "active"),
  };
}
