import { CANCELLED, type Cancelled, type Prompter } from "./io.js";
import { askConcern } from "./ask-concern.js";
import { askWhereAndWhen } from "./ask-where-and-when.js";
import type { ConcernAnswer, HealthAnswer, QuestionnaireAnswers } from "./questionnaire-answers.js";
import * as choices from "./questionnaire-choices.js";
import { checkAge, checkDate, given, QuestionCancelled } from "./question-cancelled.js";

async function askAboutYou(
  prompt: Prompter,
): Promise<Pick<QuestionnaireAnswers, "age" | "fitzpatrick" | "sensitivity" | "habits">> {
  const age = Number(
    given(
      await prompt.text({
        id: "age",
        message: "How old are you?",
        placeholder: "34",
        validate: checkAge,
      }),
    ),
  );
  const fitzpatrick = Number(
    given(
      await prompt.select({
        id: "fitzpatrick",
        message: "How does your skin react to the sun? (Fitzpatrick skin type)",
        options: choices.FITZPATRICK_CHOICES,
      }),
    ),
  );
  const sensitivity = given(
    await prompt.select({
      id: "sensitivity",
      message: "How sensitive is your skin?",
      options: choices.SENSITIVITY_CHOICES,
    }),
  );
  const habits = given(
    await prompt.multiselect({
      id: "habits",
      message: "Which of these are true for you? (enter for none)",
      options: choices.HABIT_CHOICES,
      required: false,
    }),
  );
  return { age, fitzpatrick, sensitivity, habits };
}

/** The health screening in three groups of "any of these?", and the stop date when isotretinoin was stopped lately. */
async function askHealth(
  prompt: Prompter,
  today: string,
): Promise<Pick<QuestionnaireAnswers, "health" | "isotretinoinStoppedOn">> {
  prompt.note(
    "A few health questions: some things mean waiting, or asking a professional first.\nPick any that apply with space; press enter for none.",
    "Health",
  );
  const health: HealthAnswer[] = [];
  for (const [index, group] of choices.HEALTH_GROUPS.entries()) {
    health.push(
      ...given(
        await prompt.multiselect({
          id: `health.${index + 1}`,
          message: group.title,
          options: group.choices,
          required: false,
        }),
      ),
    );
  }
  if (!health.includes("isotretinoin-recent") || health.includes("isotretinoin-current"))
    return { health };
  const check = (value: string) =>
    checkDate()(value) ?? (value.trim() > today ? "That is after today" : undefined);
  const stopped = given(
    await prompt.text({
      id: "isotretinoin-stopped",
      message: "When did you stop isotretinoin? (YYYY-MM-DD)",
      validate: check,
    }),
  );
  return { health, isotretinoinStoppedOn: stopped.trim() };
}

/**
 * Asks everything a plan needs, in plain words, and returns the answers; CANCELLED when the person
 * backs out. `today` and `timeZone` come from the edge.
 */
export async function askQuestionnaire(
  prompt: Prompter,
  today: string,
  timeZone: string,
): Promise<QuestionnaireAnswers | Cancelled> {
  try {
    prompt.intro("Microneedling Planner");
    prompt.note(
      `A few questions for a personal, dated plan (dates in ${timeZone}). It is general information, not medical advice.\nPress Ctrl-C at any time to stop.`,
      "Welcome",
    );
    const picked = given(
      await prompt.multiselect({
        id: "concerns",
        message: "What would you like to treat? (space to pick, enter when done)",
        options: choices.CONCERN_CHOICES,
        required: true,
      }),
    );
    const concerns: ConcernAnswer[] = [];
    for (const concern of picked) concerns.push(await askConcern(prompt, concern));
    const you = await askAboutYou(prompt);
    const health = await askHealth(prompt, today);
    const when = await askWhereAndWhen(prompt, today);
    return { concerns, ...you, ...health, ...when, today, timeZone };
  } catch (error) {
    if (error instanceof QuestionCancelled) return CANCELLED;
    throw error;
  }
}
