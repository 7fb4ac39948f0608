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
