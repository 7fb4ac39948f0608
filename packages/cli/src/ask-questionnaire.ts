import { isCalendarDate, type Area, type Concern, type Weekday } from "@mnplan/core";
import { CANCELLED, type Cancelled, type Prompter } from "./io.js";
import type {
  BlackoutAnswer,
  ConcernAnswer,
  HealthAnswer,
  QuestionnaireAnswers,
} from "./questionnaire-answers.js";
import * as choices from "./questionnaire-choices.js";

/** Thrown inside the flow when a question is cancelled; never leaves this module. */
class Cancel extends Error {}

/** The answer, or leave the flow when the person cancelled. */
function given<T>(answer: T | Cancelled): T {
  if (answer === CANCELLED) throw new Cancel();
  return answer;
}

const dateCheck = (earliest?: string) => (value: string) => {
  if (!isCalendarDate(value.trim())) return "Write a date as YYYY-MM-DD, e.g. 2027-01-04";
  return earliest !== undefined && value.trim() < earliest
    ? `Give ${earliest} or later`
    : undefined;
};

const ageCheck = (value: string): string | undefined =>
  /^\s*\d{1,3}\s*$/.test(value) && Number(value) <= 120
    ? undefined
    : "Your age in whole years, e.g. 34";

async function askConcern(prompt: Prompter, concern: Concern): Promise<ConcernAnswer> {
  const label =
    choices.CONCERN_CHOICES.find((choice) => choice.value === concern)?.label.toLowerCase() ??
    concern;
  const areas: Area[] = given(
    await prompt.multiselect({
      id: `areas.${concern}`,
      message: `Where are the ${label}? (space to pick, enter when done)`,
      options: choices.areaChoices(concern),
      required: true,
    }),
  );
  switch (concern) {
    case "acne-scars": {
      const acneGrade = given(
        await prompt.select({
          id: "acne-grade",
          message: "How deep are the scars, in good light?",
          options: choices.ACNE_GRADE_CHOICES,
        }),
      );
      const scarType = given(
        await prompt.select({
          id: "scar-type",
          message: "Which kind of scar is most common?",
          options: choices.SCAR_TYPE_CHOICES,
        }),
      );
      return scarType === "unsure"
        ? { concern, areas, acneGrade }
        : { concern, areas, acneGrade, scarType };
    }
    case "fine-lines": {
      const glogau = given(
        await prompt.select({
          id: "glogau",
          message: "How would you describe the lines? (the Glogau scale)",
          options: choices.GLOGAU_CHOICES,
        }),
      );
      return glogau === "unsure"
        ? { concern, areas }
        : { concern, areas, glogau: Number(glogau) as 1 | 2 | 3 | 4 };
    }
    case "stretch-marks": {
      const stage = given(
        await prompt.select({
          id: "stage",
          message: "What colour are the stretch marks?",
          options: choices.STAGE_CHOICES,
        }),
      );
      return stage === "unsure" ? { concern, areas } : { concern, areas, stage };
    }
    case "glow":
      return { concern, areas };
  }
}

async function askHealth(
  prompt: Prompter,
  today: string,
): Promise<{ health: HealthAnswer[]; isotretinoinStoppedOn?: string }> {
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
  const stopped = given(
    await prompt.text({
      id: "isotretinoin-stopped",
      message: "When did you stop isotretinoin? (YYYY-MM-DD)",
      validate: (value) =>
        dateCheck()(value) ?? (value.trim() > today ? "That is after today" : undefined),
    }),
  );
  return { health, isotretinoinStoppedOn: stopped.trim() };
}

async function askBlackouts(prompt: Prompter, startDate: string): Promise<BlackoutAnswer[]> {
  const blackouts: BlackoutAnswer[] = [];
  let more = given(
    await prompt.confirm({
      id: "blackouts",
      message: "Any holidays or busy dates to keep free of sessions?",
      initialValue: false,
    }),
  );
  while (more && blackouts.length < 20) {
    const from = given(
      await prompt.text({
        id: "blackout.from",
        message: "First day (YYYY-MM-DD)",
        validate: dateCheck(startDate),
      }),
    ).trim();
    const to =
      given(
        await prompt.text({
          id: "blackout.to",
          message: "Last day (YYYY-MM-DD)",
          defaultValue: from,
          placeholder: from,
          validate: (value) => (value.trim() === "" ? undefined : dateCheck(from)(value)),
        }),
      ).trim() || from;
    const reason = given(
      await prompt.text({
        id: "blackout.reason",
        message: "What is it? (optional, e.g. beach holiday)",
        defaultValue: "",
      }),
    ).trim();
    const sun = given(
      await prompt.confirm({
        id: "blackout.sun",
        message: "Will you be out in the sun then?",
        initialValue: false,
      }),
    );
    blackouts.push(reason === "" ? { from, to, sun } : { from, to, sun, reason });
    more = given(
      await prompt.confirm({ id: "blackouts.more", message: "Add another?", initialValue: false }),
    );
  }
  return blackouts;
}

async function askAboutYou(
  prompt: Prompter,
): Promise<Pick<QuestionnaireAnswers, "age" | "fitzpatrick" | "sensitivity" | "habits">> {
  const age = Number(
    given(
      await prompt.text({
        id: "age",
        message: "How old are you?",
        placeholder: "34",
        validate: ageCheck,
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

async function askWhereAndWhen(
  prompt: Prompter,
  today: string,
): Promise<
  Pick<
    QuestionnaireAnswers,
    "setting" | "homeDepthOptIn" | "startDate" | "preferredWeekdays" | "blackouts"
  >
> {
  const setting = given(
    await prompt.select({
      id: "setting",
      message: "Where will the needling be done?",
      options: choices.SETTING_CHOICES,
    }),
  );
  const homeDepthOptIn =
    setting === "home" &&
    given(
      await prompt.confirm({
        id: "home-depth-opt-in",
        message: "Allow 0.5 mm needles at home? Not advised: 0.25 mm is the safe default.",
        initialValue: false,
      }),
    );
  const start = given(
    await prompt.text({
      id: "start",
      message: "From which day could you start? (YYYY-MM-DD)",
      defaultValue: today,
      placeholder: `${today} (today)`,
      validate: (value) => (value.trim() === "" ? undefined : dateCheck(today)(value)),
    }),
  );
  const startDate = start.trim() === "" ? today : start.trim();
  const preferredWeekdays: Weekday[] = given(
    await prompt.multiselect({
      id: "days",
      message: "Which days suit you? (enter for any day)",
      options: choices.WEEKDAY_CHOICES,
      required: false,
    }),
  );
  const blackouts = await askBlackouts(prompt, startDate);
  return { setting, homeDepthOptIn, startDate, preferredWeekdays, blackouts };
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
    if (error instanceof Cancel) return CANCELLED;
    throw error;
  }
}
