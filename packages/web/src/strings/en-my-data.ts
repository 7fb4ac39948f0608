/** Words of the my-data part of the app. */
export const myData = {
  title: "my-data",
} as const;
