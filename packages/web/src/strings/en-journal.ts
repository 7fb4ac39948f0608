/** Words of the journal part of the app. */
export const journal = {
  title: "journal",
} as const;
