import type { Prompter } from "./io.js";
import type { BlackoutAnswer, QuestionnaireAnswers } from "./questionnaire-answers.js";
import * as choices from "./questionnaire-choices.js";
import { checkDate, given } from "./question-cancelled.js";

/** One holiday or busy period: its days, what it is, and whether it is sunny. */
async function askBlackout(prompt: Prompter, startDate: string): Promise<BlackoutAnswer> {
  const from = given(
    await prompt.text({
      id: "blackout.from",
      message: "First day (YYYY-MM-DD)",
      validate: checkDate(startDate),
    }),
  ).trim();
  const checkLast = (value: string) => (value.trim() === "" ? undefined : checkDate(from)(value));
  const to =
    given(
      await prompt.text({
        id: "blackout.to",
        message: "Last day (YYYY-MM-DD)",
        defaultValue: from,
        placeholder: from,
        validate: checkLast,
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
  return reason === "" ? { from, to, sun } : { from, to, sun, reason };
}

/** Holidays and busy periods, as many as the person has (up to 20). */
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
    blackouts.push(await askBlackout(prompt, startDate));
    more = given(
      await prompt.confirm({ id: "blackouts.more", message: "Add another?", initialValue: false }),
    );
  }
  return blackouts;
}

type WhereAndWhen = Pick<
  QuestionnaireAnswers,
  "setting" | "homeDepthOptIn" | "startDate" | "preferredWeekdays" | "blackouts"
>;

/** Where the needling happens, when the series could start, which days suit and which dates are out. */
export async function askWhereAndWhen(prompt: Prompter, today: string): Promise<WhereAndWhen> {
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
  const start = await prompt.text({
    id: "start",
    message: "From which day could you start? (YYYY-MM-DD)",
    defaultValue: today,
    placeholder: `${today} (today)`,
    validate: (value) => (value.trim() === "" ? undefined : checkDate(today)(value)),
  });
  const startDate = given(start).trim() || today;
  const preferredWeekdays = given(
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
