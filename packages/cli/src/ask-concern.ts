import type { Concern } from "@mnplan/core";
import type { Prompter } from "./io.js";
import type { ConcernAnswer } from "./questionnaire-answers.js";
import * as choices from "./questionnaire-choices.js";
import { given } from "./question-cancelled.js";

const WHERE: Readonly<Record<Concern, string>> = {
  glow: "Which areas would you like refreshed?",
  "fine-lines": "Where are the lines?",
  "acne-scars": "Where are the scars?",
  "stretch-marks": "Where are the stretch marks?",
};

/** The grading question of a concern (none for glow); "not sure" leaves the grade out. */
async function askGrade(
  prompt: Prompter,
  concern: Concern,
): Promise<Omit<ConcernAnswer, "concern" | "areas">> {
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
      return scarType === "unsure" ? { acneGrade } : { acneGrade, scarType };
    }
    case "fine-lines": {
      const glogau = given(
        await prompt.select({
          id: "glogau",
          message: "How would you describe the lines? (the Glogau scale)",
          options: choices.GLOGAU_CHOICES,
        }),
      );
      return glogau === "unsure" ? {} : { glogau: Number(glogau) as 1 | 2 | 3 | 4 };
    }
    case "stretch-marks": {
      const stage = given(
        await prompt.select({
          id: "stage",
          message: "What colour are the stretch marks?",
          options: choices.STAGE_CHOICES,
        }),
      );
      return stage === "unsure" ? {} : { stage };
    }
    case "glow":
      return {};
  }
}

/** One concern: its areas, then its grade. */
export async function askConcern(prompt: Prompter, concern: Concern): Promise<ConcernAnswer> {
  const message = `${WHERE[concern]} (space to pick, enter when done)`;
  const areas = given(
    await prompt.multiselect({
      id: `areas.${concern}`,
      message,
      options: choices.areaChoices(concern),
      required: true,
    }),
  );
  return { concern, areas, ...(await askGrade(prompt, concern)) };
}
