// The questionnaire's steps, and where each of the planner's issues is asked: an issue's path
// (`concerns[0].areas`) names the step, the field to point at, and the words to show.
import type { Issue } from "@mnplan/core";
import type { DraftRequest } from "../lib/draft";
import { t } from "../strings";
import { concernsOf } from "./edit-request";

export type StepId =
  | "concerns"
  | "severity"
  | "age"
  | "skin"
  | "lifestyle"
  | "health"
  | "setting"
  | "when"
  | "holidays";

const ALL_STEPS: readonly StepId[] = [
  "concerns",
  "severity",
  "age",
  "skin",
  "lifestyle",
  "health",
  "setting",
  "when",
  "holidays",
];

const GRADED = new Set(["acne-scars", "fine-lines", "stretch-marks"]);

/** The steps this request needs: the severity step only when a chosen concern has a scale. */
export function stepsFor(request: DraftRequest): readonly StepId[] {
  const graded = concernsOf(request).some((concern) => GRADED.has(concern.concern));
  return graded ? ALL_STEPS : ALL_STEPS.filter((step) => step !== "severity");
}

/** Where a question is asked: its step, the id of its field, and the words about it. */
export interface Question {
  readonly step: StepId;
  /** The DOM id of the field (or its fieldset); its error message has the id `${id}-error`. */
  readonly id: string;
  /** What is still needed, for the preview ("your age"). */
  readonly missing: string;
  /** The message next to the field. */
  readonly error: string;
}

const m = t.questionnaire.missing;
const e = t.questionnaire.errors;

type Rule = readonly [RegExp, (match: RegExpExecArray, request: DraftRequest) => Question];

const concernName = (request: DraftRequest, index: string) => {
  const code = concernsOf(request)[Number(index)]?.concern;
  return code ? t.plan.concerns[code] : "";
};

const RULES: readonly Rule[] = [
  [
    /^concerns$/,
    () => ({ step: "concerns", id: "q-concerns", missing: m.concerns, error: e.concerns }),
  ],
  [
    /^concerns\[(\d+)\]\.areas/,
    ([, i = ""], request) => ({
      step: "concerns",
      id: `q-areas-${i}`,
      missing: m.areas,
      error: e.areas(concernName(request, i)),
    }),
  ],
  [
    /^concerns\[(\d+)\]\.(severity|goodmanBaron)/,
    ([, i = ""]) => ({
      step: "severity",
      id: `q-severity-${i}`,
      missing: m.severity,
      error: e.severity,
    }),
  ],
  [
    /^concerns\[(\d+)\]\.(scarType|glogau|stage)/,
    ([, i = "", field = ""]) => ({
      step: "severity",
      id: `q-${field}-${i}`,
      missing: m.severity,
      error: e.optional,
    }),
  ],
  [
    /^concerns/,
    () => ({ step: "concerns", id: "q-concerns", missing: m.concerns, error: e.concerns }),
  ],
  [/^age/, () => ({ step: "age", id: "q-age", missing: m.age, error: e.age })],
  [
    /^fitzpatrick/,
    () => ({ step: "skin", id: "q-fitzpatrick", missing: m.fitzpatrick, error: e.fitzpatrick }),
  ],
  [
    /^sensitivity/,
    () => ({ step: "skin", id: "q-sensitivity", missing: m.sensitivity, error: e.sensitivity }),
  ],
  [
    /^lifestyle/,
    () => ({ step: "lifestyle", id: "q-lifestyle", missing: m.lifestyle, error: e.other }),
  ],
  [
    /^health\.isotretinoin/,
    () => ({ step: "health", id: "q-isotretinoin-date", missing: m.health, error: e.stoppedOn }),
  ],
  [/^health/, () => ({ step: "health", id: "q-health", missing: m.health, error: e.other })],
  [
    /^(setting|homeDepthOptIn)/,
    () => ({ step: "setting", id: "q-setting", missing: m.setting, error: e.setting }),
  ],
  [
    /^startDate/,
    () => ({ step: "when", id: "q-startDate", missing: m.startDate, error: e.startDate }),
  ],
  [/^timeZone/, () => ({ step: "when", id: "q-timeZone", missing: m.timeZone, error: e.timeZone })],
  [
    /^preferredWeekdays/,
    () => ({ step: "when", id: "q-weekdays", missing: m.weekdays, error: e.weekdays }),
  ],
  [
    /^blackouts\[(\d+)\]\.(from|to)/,
    ([, i = "", field = ""]) => ({
      step: "holidays",
      id: `q-blackout-${i}-${field}`,
      missing: m.holidays,
      error: field === "from" ? e.blackoutFrom : e.blackoutTo,
    }),
  ],
  [
    /^blackouts/,
    () => ({ step: "holidays", id: "q-holidays", missing: m.holidays, error: e.other }),
  ],
];

/** The question an issue is about (the holidays step for anything unforeseen, as the last step). */
export function questionOf(path: string, request: DraftRequest): Question {
  for (const [pattern, build] of RULES) {
    const match = pattern.exec(path);
    if (match) return build(match, request);
  }
  return { step: "holidays", id: "q-holidays", missing: m.other, error: e.other };
}

/** The questions the issues are about, each once, in the order of the steps. */
export function questionsOf(issues: readonly Issue[], request: DraftRequest): Question[] {
  const byId = new Map<string, Question>();
  for (const issue of issues) {
    if (issue.severity !== "error") continue;
    const question = questionOf(issue.path, request);
    if (!byId.has(question.id)) byId.set(question.id, question);
  }
  return [...byId.values()].sort((a, b) => ALL_STEPS.indexOf(a.step) - ALL_STEPS.indexOf(b.step));
}
