/** Words of the plan part of the app. */
export const plan = {
  title: "plan",
} as const;
