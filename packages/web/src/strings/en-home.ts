/** Words of the home page. */
export const home = {
  title: "Plan your microneedling, safely and step by step",
  lead: "Answer a few short questions and get a dated plan: how many sessions, how far apart, how deep, what to stop before and what to do after, and when to expect results. Every number comes with the rule behind it and how strong the evidence is.",
  start: "Make my plan",
  resume: "Continue my answers",
  points: [
    "Checks first whether microneedling is safe for you now, and says kindly what to do if it is not.",
    "Works out the plan in your browser: your answers are not sent anywhere to make it.",
    "Follows the treatment with you: log sessions and daily check-ins, and the plan adapts with reasons.",
  ],
  coursesTitle: "Your courses",
  openCourse: (label: string) => `Open ${label}`,
} as const;
