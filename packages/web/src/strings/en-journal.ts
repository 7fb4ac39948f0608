import { areaTitles } from "./en-areas";

/** Words of the journal: a course's adapted plan, and the forms that log what happened. */
const SIGNS = {
  "worsening-after-72h": {
    label: "Getting worse after 3 days",
    description: "Redness or swelling that is getting worse, not better, more than 72 hours after.",
  },
  pus: { label: "Pus", description: "Yellow or white fluid, or a crust that weeps." },
  fever: { label: "Fever", description: "A high temperature, or feeling hot and shivery." },
  "spreading-warmth": {
    label: "Spreading warmth or redness",
    description: "Warm, red skin that spreads beyond the treated area.",
  },
  "cold-sore": {
    label: "Cold sores",
    description: "Blisters or tingling sores, often by the lips.",
  },
  "dark-patches": { label: "Dark patches", description: "Darker patches of skin appearing." },
  scarring: { label: "Looks like a scar", description: "Anything that looks like a new scar." },
} as const;

const CONCERNS = {
  glow: "Glow and texture",
  "fine-lines": "Fine lines",
  "acne-scars": "Acne scars",
  "stretch-marks": "Stretch marks",
} as const;

export const journal = {
  overview: {
    title: (label: string | null) => (label ? `Your course: ${label}` : "Your course"),
    lead: "Your plan as it stands now. It changes when you log sessions and check-ins, and each change says why.",
    changesTitle: "What changed and why",
    changesWhen: (date: string, cause: string) => `${date}, after ${cause}.`,
    causes: {
      created: "the plan was made",
      "session-logged": "a session was logged",
      "check-in": "a check-in",
      rating: "a progress rating",
      reviewed: "a day passed",
    } as Record<string, string>,
    causeOther: "an update",
    noChanges: "This is the plan as first made. It will adapt as you log sessions and check-ins.",
    noNewChanges: "No dates or depths changed.",
    nextTitle: "Your next session",
    nextWhen: (number: number, date: string) => `Session ${number}: ${date}`,
    nextLog: "Log a session or a check-in",
    prepTitle: "Before this session",
    depthTitle: "Needle depth by area",
    depthLine: (area: string, range: string) => `${area}: ${range} mm`,
    historyTitle: "Earlier versions of the plan",
    historyLoading: "Loading earlier versions…",
    historyFailed: "The earlier versions could not be loaded.",
    revision: (number: number) => (number === 0 ? "The plan as first made" : `Version ${number}`),
    complete: "All sessions are done: the series is complete.",
    whyTitle: "Why these numbers",
  },
  changes: {
    rule: (rule: string, grade: string) => `Rule ${rule}, evidence grade ${grade}`,
    ruleOnly: (rule: string) => `Rule ${rule}`,
  },
  professional: {
    title: "See a professional before any further session",
    reported: (signs: string, date: string) => `On ${date} you reported: ${signs}.`,
    paused:
      "Your course is paused. No further session is planned until a professional has seen you.",
    contact:
      "Contact your practitioner or doctor and tell them what you noticed and when your last session was.",
    urgent:
      "Fever, pus or warmth that spreads can mean an infection: seek medical care today. If you feel very unwell, call emergency services.",
    after:
      "Once a professional has cleared you and you have a session, log it here: the plan then starts again.",
  },
  log: {
    title: "Log what happened",
    lead: "Keep a short diary: each entry helps the plan fit your skin.",
    tabsLabel: "What to log",
    tabs: { session: "Session", checkIn: "Check-in", rating: "Progress" },
    save: "Save",
    saving: "Saving…",
    saved: "Saved.",
    again: "Add another",
    seePlan: "See your updated plan",
    summaryTitle: "Please check these answers",
    networkFailed:
      "It could not be saved: the planner's server could not be reached. Your answers are still here; try again.",
    refused: (title: string) => `It was not saved: ${title}. Your answers are still here.`,
    changesTitle: "What changed in your plan",
    warningsTitle: "Please note",
    optional: "(optional)",
    notes: "Notes",
    date: "Date",
    enterNumber: "Enter a number, such as 1.5",
    enterWhole: "Enter a whole number, such as 2",
    chooseOne: "Choose one",
    enterDate: "Enter the date",
    atMost: (n: number) => `Use ${n} or less.`,
    atLeast: (n: number) => `Use ${n} or more.`,
    atMostCharacters: (n: number) => `Keep it to ${n} characters or fewer.`,
  },
  session: {
    title: "Log a session",
    hint: "The answers start from your plan. Change anything that was different.",
    pausedHint: "Your course is paused. Log a session only once a professional has cleared you.",
    setting: "Where",
    settings: { clinic: "At a clinic", home: "At home" },
    device: "Device",
    devices: { pen: "Pen (automatic)", roller: "Roller" },
    depthTitle: "Needle depth used, by area",
    detailsTitle: "More about the session (optional)",
    depthHint: "In millimetres. Leave an area empty if it was not treated.",
    depthLabel: (area: string) => `${area} (mm)`,
    depthPlanned: (range: string) => `Planned: ${range} mm`,
    needles: "Needles in the cartridge or head",
    cartridgeType: "Cartridge or head type",
    passes: "Passes",
    products: "Products applied",
    productsHint: "One per line.",
    performedBy: "Who did it",
    performedByHint: 'For example the practitioner\'s name, or "me".',
    tooEarlyTitle: "This date is too soon after your last session",
    tooEarly: (date: string) =>
      `The earliest allowed date is ${date}. If the session really took place on the date you entered, it was closer to the last one than the plan allows: tell your practitioner. Otherwise, correct the date.`,
    saved: (date: string) => `Session on ${date} saved.`,
  },
  checkIn: {
    title: "Daily check-in",
    hint: "How does the treated skin look and feel today?",
    scores: {
      redness: "Redness",
      swelling: "Swelling",
      pain: "Pain or soreness",
      flaking: "Flaking",
    },
    levels: ["None", "Mild", "Moderate", "Severe"],
    signsTitle: "Warning signs",
    signsHint: "Tick any you notice. These need a professional.",
    signs: SIGNS,
    signChecked:
      "You ticked a warning sign. When you save, the course will be paused and this page will say what to do next.",
    saved: (date: string) => `Check-in for ${date} saved.`,
  },
  rating: {
    title: "Rate your progress",
    hint: "How much better is each concern, from 0 (no better) to 10 (as good as you hoped)? Rate only the ones you want to.",
    legend: (concern: string) => `${concern}: how much better?`,
    low: "0 = no better",
    high: "10 = as good as hoped",
    concerns: CONCERNS,
    noneChosen: "Choose a score for at least one concern",
    saved: (date: string) => `Rating for ${date} saved.`,
  },
  areas: areaTitles,
  list: (items: readonly string[]) =>
    items.length <= 1
      ? (items[0] ?? "")
      : `${items.slice(0, -1).join(", ")} and ${items.at(-1) ?? ""}`,
} as const;
