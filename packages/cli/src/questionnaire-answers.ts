import type {
  Area,
  Concern,
  HealthFlag,
  PlanRequestInput,
  Sensitivity,
  Setting,
  Weekday,
} from "@mnplan/core";

export type AcneGrade = "flat" | "mild" | "moderate" | "deep";
export type Habit =
  "smoker" | "no-sunscreen" | "frequent-sun" | "skips-aftercare" | "irregular-routine";
/** A health answer: a yes/no flag of the request, or one of the graded answers. */
export type HealthAnswer =
  | HealthFlag
  | "isotretinoin-current"
  | "isotretinoin-recent"
  | "acne-mild"
  | "acne-moderate-severe";

export interface ConcernAnswer {
  readonly concern: Concern;
  readonly areas: readonly Area[];
  readonly acneGrade?: AcneGrade;
  readonly scarType?: "rolling" | "boxcar" | "ice-pick";
  readonly glogau?: 1 | 2 | 3 | 4;
  readonly stage?: "red" | "white";
}

export interface BlackoutAnswer {
  readonly from: string;
  readonly to: string;
  readonly sun: boolean;
  readonly reason?: string;
}

/** Everything the questionnaire asks, in its own words. */
export interface QuestionnaireAnswers {
  readonly concerns: readonly ConcernAnswer[];
  readonly age: number;
  readonly fitzpatrick: number;
  readonly sensitivity: Sensitivity;
  readonly habits: readonly Habit[];
  readonly health: readonly HealthAnswer[];
  readonly isotretinoinStoppedOn?: string;
  readonly setting: Setting;
  readonly homeDepthOptIn: boolean;
  readonly startDate: string;
  readonly preferredWeekdays: readonly Weekday[];
  readonly blackouts: readonly BlackoutAnswer[];
  readonly today: string;
  readonly timeZone: string;
}

function concernRequest(answer: ConcernAnswer): PlanRequestInput["concerns"][number] {
  const request: PlanRequestInput["concerns"][number] = {
    concern: answer.concern,
    areas: [...answer.areas],
  };
  if (answer.acneGrade === "flat") request.goodmanBaron = 1;
  else if (answer.acneGrade !== undefined) request.severity = answer.acneGrade;
  if (answer.scarType !== undefined) request.scarType = answer.scarType;
  if (answer.glogau !== undefined) request.glogau = answer.glogau;
  if (answer.stage !== undefined) request.stage = answer.stage;
  return request;
}

function healthRequest(answers: QuestionnaireAnswers): NonNullable<PlanRequestInput["health"]> {
  const given = new Set<string>(answers.health);
  const health: NonNullable<PlanRequestInput["health"]> = {};
  for (const answer of answers.health)
    if (!answer.startsWith("isotretinoin-") && !answer.startsWith("acne-"))
      health[answer as HealthFlag] = true;
  if (given.has("isotretinoin-current")) health.isotretinoin = "current";
  else if (given.has("isotretinoin-recent") && answers.isotretinoinStoppedOn !== undefined)
    health.isotretinoin = { stoppedOn: answers.isotretinoinStoppedOn };
  else health.isotretinoin = "never";
  health.activeAcne = given.has("acne-moderate-severe")
    ? "moderate-severe"
    : given.has("acne-mild")
      ? "mild"
      : "none";
  return health;
}

/**
 * The plan request the questionnaire's answers stand for: plain words become the contract's fields,
 * habits become lifestyle answers, and of two graded answers the more serious one counts.
 */
export function buildRequestFromAnswers(answers: QuestionnaireAnswers): PlanRequestInput {
  const habits = new Set(answers.habits);
  const request: PlanRequestInput = {
    concerns: answers.concerns.map(concernRequest),
    age: answers.age,
    fitzpatrick: answers.fitzpatrick,
    sensitivity: answers.sensitivity,
    setting: answers.setting,
    homeDepthOptIn: answers.setting === "home" && answers.homeDepthOptIn,
    lifestyle: {
      smoker: habits.has("smoker"),
      dailySunscreen: !habits.has("no-sunscreen"),
      frequentSun: habits.has("frequent-sun"),
      followsAftercare: !habits.has("skips-aftercare"),
      regularRoutine: !habits.has("irregular-routine"),
    },
    health: healthRequest(answers),
    startDate: answers.startDate,
    today: answers.today,
    timeZone: answers.timeZone,
  };
  if (answers.preferredWeekdays.length > 0)
    request.preferredWeekdays = [...answers.preferredWeekdays];
  if (answers.blackouts.length > 0)
    request.blackouts = answers.blackouts.map((period) => ({ ...period }));
  return request;
}
