import {
  adaptPlan,
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

/**
 * A new course: the plan made from its request with the request's pack, as revision 0. Its state is
 * what adapting it to an empty journal says: active, or paused while screening holds it back.
 */
export function createCourse({ id, createdAt, label, input, request, pack }: NewCourse): Course {
  const plan = buildPlan(request, pack);
  const today = request.today ?? plan.startDate;
  const { state } = adaptPlan({
    request,
    pack,
    plan,
    sessions: [],
    checkIns: [],
    ratings: [],
    today,
  });
  return {
    id,
    createdAt,
    label,
    request: input,
    rules: { id: pack.id, version: pack.version },
    current: { number: 0, createdAt, cause: "created", state, plan, changes: [] },
    nextDue: findNextDue(plan, [], state),
  };
}
