// A request, and the same request as flags, shared by the plan command's tests.

export const REQUEST = {
  concerns: [{ concern: "acne-scars", severity: "moderate", areas: ["cheeks"] }],
  age: 34,
  fitzpatrick: 4,
  setting: "clinic",
  startDate: "2027-01-04",
  today: "2026-12-01",
  timeZone: "Europe/London",
};
export const FLAGS = [
  "--concern",
  "acne-scars:moderate",
  "--area",
  "cheeks",
  "--age",
  "34",
  "--fitzpatrick",
  "4",
  "--setting",
  "clinic",
  "--start",
  "2027-01-04",
  "--tz",
  "Europe/London",
];
