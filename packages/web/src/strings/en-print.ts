/** Words of the printable plan and progress summary (the page and the PDF). */
export const print = {
  /** The language of the PDF (its /Lang entry). */
  language: "en-GB",
  title: "Print or save your plan",
  courseTitle: "Print or save this course",
  documentTitle: "Your microneedling plan",
  courseDocumentTitle: (label: string | null) =>
    label ? `Microneedling course: ${label}` : "Your microneedling course",
  lead: "A clean copy of your plan to keep, print or take to your appointment.",
  printButton: "Print",
  pdfButton: "Download PDF",
  pdfWorking: "Making the PDF…",
  pdfDone: "The PDF is downloaded.",
  pdfFailed: "The PDF could not be made. Printing to a PDF from the Print button works too.",
  pdfFileName: (date: string) => `microneedling-plan-${date}.pdf`,
  noDraft:
    "There is no plan to print yet. Answer a few questions first, and your plan appears here.",
  startLink: "Make a plan",
  draftIncomplete: "Some answers are still missing, so there is no plan to print yet.",
  continueLink: "Go back to the questions",
  madeOn: (date: string) => `Made on ${date}`,
  pageOf: (page: number, pages: number) => `Page ${page} of ${pages}`,
  answer: {
    heading: "The answer",
    sessions: (n: number) => `${n} ${n === 1 ? "session" : "sessions"}`,
    range: (min: number, max: number) => `(usually ${min} to ${max})`,
    interval: (min: number, max: number, recommended: number) =>
      min === max
        ? `${recommended} weeks apart`
        : `${recommended} weeks apart (${min} to ${max} weeks is fine)`,
    starting: (date: string) => `starting ${date}`,
    earliest: (date: string) => `The earliest date you could start is ${date}.`,
    noSchedule: "There are no session dates in this plan. The notes below explain why.",
    status: {
      ok: "Nothing in your answers stands in the way.",
      caution: "You can go ahead, with some care: see the notes below.",
      refer: "A professional needs to see you before the first session.",
      defer: "Not yet: something needs to settle first.",
      contraindicated: "Microneedling is not suitable for you at the moment.",
    },
  },
  dates: {
    heading: "Dates",
    session: (n: number, date: string) => `Session ${n}: ${date}`,
    done: "done",
    depth: (area: string, min: number, max: number) =>
      min === max ? `${area} ${min} mm` : `${area} ${min} to ${max} mm`,
  },
  screening: {
    heading: "Health checks",
    level: {
      caution: "Take care",
      refer: "See a professional first",
      defer: "Wait",
      contraindicated: "Not suitable",
    },
    clearsOn: (date: string) => `This should clear by ${date}.`,
    notBefore: (date: string) => `Not before ${date}.`,
  },
  care: {
    heading: "Before and after each session",
    before: (n: number) => `Before session ${n}`,
    after: (n: number) => `After session ${n}`,
    from: (date: string) => `From ${date}`,
    on: (date: string) => `On ${date}`,
    between: (from: string, to: string) => `${from} to ${to}`,
    kind: { expect: "What to expect", do: "Do", avoid: "Avoid" },
  },
  day: { heading: "On the day" },
  milestones: { heading: "What to expect and when", around: (date: string) => `around ${date}` },
  maintenance: { heading: "After the series" },
  warningSigns: { heading: "Warning signs" },
  hygiene: { heading: "Hygiene at home" },
  notes: { heading: "Notes" },
  why: {
    heading: "Why these numbers",
    rule: (rule: string, grade: string) => `Rule ${rule}, evidence grade ${grade}`,
    sources: "Sources",
    evidenceNote: (note: string) => `What studies found: ${note}`,
    grades: "Evidence grades: A strong, B moderate, C limited, D expert opinion.",
  },
  disclaimer: { heading: "Please read" },
  progress: {
    heading: "Progress so far",
    sessionsDone: (done: number, planned: number) =>
      `${done} of ${planned} ${planned === 1 ? "session" : "sessions"} done`,
    noSessions: "No session logged yet.",
    doneOn: (dates: string) => `Done on ${dates}`,
    latestCheckIn: (date: string) => `Latest check-in (${date})`,
    noCheckIn: "No check-in yet.",
    score: (name: string, value: number) => `${name}: ${value} of 3`,
    warningSigns: (signs: string) => `Warning signs reported: ${signs}`,
    ratings: "Latest ratings",
    noRatings: "No rating yet.",
    rating: (concern: string, score: number, date: string) =>
      `${concern}: ${score} of 10 (${date})`,
    changes: "What changed in the plan",
    state: {
      active: "The course is going on.",
      paused: "The course is paused until a professional has seen you.",
      complete: "The course is complete.",
    },
  },
  loadFailed: "The course's journal could not be loaded, so the progress summary is missing.",
} as const;
