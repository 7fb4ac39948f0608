import { areaNames } from "./en-areas";

/** Words of the plan page and of the plan's parts that other pages reuse. */

type Status = "ok" | "caution" | "defer" | "refer" | "contraindicated";

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const range = (min: number, max: number) => (min === max ? `${min}` : `${min}–${max}`);

export const plan = {
  title: "Your plan",
  noDraft: {
    title: "No plan yet",
    body: "Answer a few short questions first, and your plan appears here.",
    incomplete: "Your answers are not complete yet, so there is no plan to show.",
    start: "Answer the questions",
    resume: "Finish my answers",
  },
  summary: {
    title: "Your plan at a glance",
    sessions: (n: number) => plural(n, "session", "sessions"),
    weeksApart: (n: number) => `${plural(n, "week", "weeks")} apart`,
    dated: (sessions: string, apart: string, first: string, last: string) =>
      `${sessions}, about ${apart}, from ${first} to ${last}.`,
    datedOne: (sessions: string, first: string) => `${sessions}, on ${first}.`,
    undated: (sessions: string, apart: string) => `${sessions}, about ${apart}.`,
    none: "No sessions for now.",
    noDatesDefer:
      "There are no dates yet: they can be set once the health point below has cleared.",
    noDatesRefer: "There are no dates yet: a professional needs to see you first.",
    usualRange: (sessions: string, weeks: string) =>
      `Usual for you: ${sessions} sessions, ${weeks} weeks apart.`,
    setBy: (concern: string) =>
      `The number is set by ${concern}, the most demanding of your concerns.`,
    reassess: "After the last session, reassess with a professional before adding more.",
    depth: (mm: string) => `Needle depth at the first session: ${mm} mm.`,
    datesTitle: "Dates",
    sessionDate: (n: number, date: string) => `Session ${n}: ${date}`,
    rules: (name: string) => `Numbers from the ${name} rules.`,
  },
  concerns: {
    glow: "glow (a general refresh)",
    "fine-lines": "fine lines",
    "acne-scars": "acne scars",
    "stretch-marks": "stretch marks",
  },
  screening: {
    title: "Is it safe for you now?",
    status: {
      ok: "Nothing in your answers says you should wait",
      caution: "You can go ahead, with some care",
      defer: "Not yet: it is best to wait a little",
      refer: "Please see a professional first",
      contraindicated: "Microneedling is not safe for you right now",
    } satisfies Record<Status, string>,
    meaning: {
      ok: "None of your health answers is a reason to wait. A professional still confirms this before the first session.",
      caution:
        "You can follow this plan, but some of your answers need extra care. Read the points below and mention them to your practitioner.",
      defer:
        "Something in your answers needs to settle before needling is safe. The plan starts once it has.",
      refer:
        "Something in your answers needs a professional's judgement before anyone needles your skin. The numbers below are what a professional would typically plan; the dates come after they have seen you.",
      contraindicated:
        "For now, microneedling is not advised for you, so this plan has no sessions and no dates. This is about keeping you safe, not about anything you did. When things change, come back and make a new plan.",
    } satisfies Record<Status, string>,
    next: {
      ok: "Next: look through the dates and what to do before and after each session.",
      caution: "Next: read the points below, then look through the dates.",
      defer: "Next: wait until then, or until it has healed, then check your answers again.",
      refer:
        "Next: book a consultation with a dermatologist or a qualified practitioner and show them this plan.",
      contraindicated:
        "Next: if you have questions, a doctor or dermatologist can talk them through with you.",
    } satisfies Record<Status, string>,
    pregnancy:
      "Microneedling is not done while you are pregnant or breastfeeding. It can wait: plan it for afterwards. Your midwife or doctor can answer any questions.",
    earliest: (date: string) => `The earliest date you could start: ${date}.`,
    noEarliest: "There is no date for this yet: start when it has healed or cleared.",
    clearsOn: (date: string) => `Clears on ${date}.`,
    notBefore: (date: string) => `Not before ${date}.`,
    whenHealed: "Clears when it has healed.",
    itemsTitle: "What we found",
    level: {
      contraindicated: "Not now",
      defer: "Wait",
      refer: "See a professional",
      caution: "Take care",
    },
  },
  timeline: {
    title: "Session by session",
    intro: "Before and after each session, day by day.",
    sessionDay: "On the day",
    session: (n: number, date: string) => `Session ${n}: ${date}`,
    done: "Done",
    daysAfter: (n: number) => `${plural(n, "day", "days")} after the one before`,
    depth: "Needle depth",
    depthLine: (area: string, mm: string) => `Needle depth on the ${area}: ${mm} mm`,
    depthUsed: (area: string, mm: number) => `Needle depth used on the ${area}: ${mm} mm`,
    beforeAndAfter: "Before and after this session",
    before: "Before",
    after: "After",
    kind: { expect: "What to expect", do: "Do", avoid: "Avoid" },
    reminder: "reminder",
  },
  areas: areaNames,
  expect: {
    title: "What to expect, and when",
    maintenance: "Afterwards: keeping the results",
    warningSigns: "Warning signs",
    hygiene: "Hygiene at home",
  },
  warnings: { title: "Please note" },
  why: {
    title: "Why these numbers",
    intro:
      "Every number in this plan comes from a written rule. Each rule says how strong the evidence behind it is, and where it comes from.",
    gradesTitle: "What the evidence grades mean",
    grades: {
      A: "Strong: regulators, device labelling, randomised trials or systematic reviews.",
      B: "Good: studies of many patients, expert consensus or peer-reviewed reviews.",
      C: "Expert opinion.",
      D: "Clinic or vendor practice only.",
    },
    grade: (g: string) => `Evidence grade ${g}`,
    rule: (code: string) => `Rule: ${code}`,
    evidenceNote: "What the evidence says",
    sources: (n: number) => `Sources (${n})`,
    topics: {
      screening: "Health checks",
      sessions: "Number of sessions",
      interval: "Time between sessions",
      depth: "Needle depth",
      schedule: "Dates",
      prep: "Before each session",
      "session-day": "On the day",
      aftercare: "After each session",
      milestones: "When results show",
      maintenance: "Maintenance",
      safety: "Safety",
    },
  },
  compare: {
    title: "Where the guideline and the evidence differ",
    intro:
      "The planner has two sets of rules: the guideline (the planner's founding protocol) and the evidence (what trials and regulators found). Here is the same plan worked out with both.",
    same: "For your answers, both give the same numbers.",
    what: "What",
    packName: { guideline: "Guideline", evidence: "Evidence" } as Record<string, string>,
    yours: "(your plan)",
    rows: {
      status: "Safety check",
      sessions: "Sessions",
      recommended: "Recommended sessions",
      interval: "Weeks apart",
      recommendedInterval: "Recommended weeks apart",
      firstDate: "First session",
      lastDate: "Last session",
      depth: "First session's depth (mm)",
      maintenance: "Maintenance",
    },
    none: "—",
    everyMonths: (range: string) => `every ${range} months`,
    reassessAfter: (months: number) => `reassess after ${months} months`,
    use: (name: string) => `Use the ${name.toLowerCase()} numbers for my plan`,
    notesTitle: "In plain words",
    guidelineSays: "The guideline:",
    evidenceSays: "What the evidence says:",
  },
  disclaimer: { title: "Please read" },
  actions: {
    title: "What next",
    calendar: "Add to calendar",
    print: "Print or save as PDF",
    follow: "Follow this plan",
    followHint:
      "Saves the plan on this planner's server so you can log sessions and daily check-ins, and the plan adapts as you go.",
    following: "Starting…",
    failed: "The plan could not be saved just now. Nothing is lost: your answers are still here.",
    refused: (title: string) => `The server did not accept the plan: ${title}`,
    label: (concerns: string, date: string) => `${concerns} from ${date}`,
    labelUndated: (concerns: string) => concerns,
    edit: "Change my answers",
  },
  /** A number range, e.g. "4–6" (one number when both ends agree). */
  range,
} as const;
