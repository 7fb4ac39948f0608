import { isCalendarDate } from "@mnplan/core";
import { CANCELLED, type Cancelled } from "./io.js";

/** Thrown inside the questionnaire when a question is cancelled; askQuestionnaire turns it back into CANCELLED. */
export class QuestionCancelled extends Error {}

/** The answer, or leave the questionnaire when the person cancelled. */
export function given<T>(answer: T | Cancelled): T {
  if (answer === CANCELLED) throw new QuestionCancelled("cancelled");
  return answer;
}

/** A check for a typed date, optionally not before `earliest`; undefined when the answer is fine. */
export function checkDate(earliest?: string): (value: string) => string | undefined {
  return (value) => {
    if (!isCalendarDate(value.trim())) return "Write a date as YYYY-MM-DD, e.g. 2027-01-04";
    return earliest !== undefined && value.trim() < earliest
      ? `Give ${earliest} or later`
      : undefined;
  };
}

/** A check for a typed age in whole years. */
export function checkAge(value: string): string | undefined {
  return /^\s*\d{1,3}\s*$/.test(value) && Number(value) <= 120
    ? undefined
    : "Your age in whole years, e.g. 34";
}
