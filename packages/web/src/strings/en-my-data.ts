/** Words of the My data page: taking your data away, and deleting it. */
export const myData = {
  title: "My data",
  lead: "Everything this planner keeps about you, to take away or to delete. Your courses are kept by the planner's server on this machine; your answers to the questions are kept in this browser.",
  courses: {
    heading: "Your courses",
    none: "This browser follows no courses yet. A course starts when you choose to follow a plan.",
    untitled: "Course without a name",
    started: (date: string) => `Started on ${date}`,
    download: "Download this course's data:",
    exportJson: "Everything (JSON)",
    exportCsv: "Journal (CSV)",
    exportIcs: "Calendar (.ics)",
    exportLabel: (kind: string, course: string) => `${kind}: ${course}`,
    open: "Open",
    icsFailed: "The calendar could not be made: the course could not be loaded.",
    delete: "Delete this course",
    deleteLabel: (course: string) => `Delete the course ${course}`,
    confirmDelete: (course: string) =>
      `Delete “${course}” for good? Its plan, sessions, check-ins, ratings, photos and calendar feed are deleted from the planner's server. This cannot be undone.`,
    confirmDeleteYes: "Yes, delete this course",
    cancel: "Cancel",
    deleted: (course: string) => `“${course}” is deleted.`,
    deleteFailed:
      "The course could not be deleted. Check that the planner's server is running, then try again.",
  },
  answers: {
    heading: "Your answers",
    some: "Your answers to the questions are kept in this browser.",
    none: "No answers are kept in this browser.",
  },
  exportAll: {
    heading: "Take everything with you",
    body: "One JSON file with your answers and every course this browser follows: plans, sessions, check-ins, ratings and the records of your photos. The photos themselves stay here; save the ones you want from the Progress page.",
    button: "Export everything",
    working: "Gathering your data…",
    done: "Your data is downloaded.",
    partly: (n: number) =>
      `Your data is downloaded, but ${n === 1 ? "one course" : `${n} courses`} could not be read and ${n === 1 ? "is" : "are"} missing from it.`,
    failed:
      "Your data could not be gathered. Check that the planner's server is running, then try again.",
    fileName: (date: string) => `microneedling-my-data-${date}.json`,
  },
  deleteAll: {
    heading: "Delete everything",
    body: "Removes everything this planner keeps about you, here and on its server.",
    button: "Delete everything…",
    confirmHeading: "Delete everything for good?",
    confirmIntro: "This deletes:",
    courses: (n: number) =>
      n === 0
        ? "No courses: this browser follows none."
        : `${n === 1 ? "Your course" : `All ${n} of your courses`} on the planner's server, with every session, check-in, rating and photo recorded for ${n === 1 ? "it" : "them"}:`,
    feeds:
      "The calendar feed links of these courses: calendar apps subscribed to them stop updating.",
    answers: "Your answers to the questions, and anything else the planner keeps in this browser.",
    warning: "This cannot be undone. Export everything first if you may want it later.",
    confirm: "Yes, delete everything",
    cancel: "Cancel, keep my data",
    working: "Deleting…",
    done: "Everything is deleted. Nothing about you is kept by this planner any more.",
    partly: (n: number) =>
      `Your answers are deleted, but ${n === 1 ? "one course" : `${n} courses`} could not be deleted from the server. Check that it is running, then try again.`,
  },
  calendarName: (label: string | null) =>
    label ? `Microneedling: ${label}` : "Microneedling plan",
} as const;
