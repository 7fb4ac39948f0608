/** Words of the questionnaire part of the app. */
export const questionnaire = {
  title: "questionnaire",
} as const;
