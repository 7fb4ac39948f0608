/** Words of the print part of the app. */
export const print = {
  title: "print",
} as const;
