/** Words of the calendar part of the app. */
export const calendar = {
  title: "calendar",
} as const;
