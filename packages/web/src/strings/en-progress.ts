/** Words of the progress part of the app. */
export const progress = {
  title: "progress",
} as const;
