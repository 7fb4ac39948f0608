/** The parts of a date in words, as the browser's date formatter gives them for the locale. */
type DateParts = { weekday: string; day: string; month: string; year: string };

/** Words shared by every page: the frame, navigation, errors, dates. */
export const common = {
  appName: "Microneedling Planner",
  skipToContent: "Skip to content",
  nav: {
    label: "Main",
    home: "Home",
    start: "Make a plan",
    plan: "My plan",
    course: "My course",
    data: "My data",
  },
  loading: "Loading…",
  retry: "Try again",
  back: "Back",
  next: "Next",
  close: "Close",
  notFound: {
    title: "Page not found",
    body: "There is nothing at this address. Start from the home page.",
    home: "Go to the home page",
  },
  error: {
    title: "Something went wrong",
    network: "The planner's server could not be reached. Check that it is running, then try again.",
    problem: (title: string) => `The server refused this: ${title}`,
  },
  courseNav: {
    label: "This course",
    overview: "Plan",
    log: "Log",
    calendar: "Calendar",
    progress: "Progress",
    print: "Print",
  },
  course: {
    missing: "This course is not on this planner's server any more. It may have been deleted.",
    forget: "Remove it from this list",
  },
  dates: {
    locale: "en-GB",
    /** "Sat 6 Feb 2027", or spelled out: "Saturday 6 February 2027". */
    full: ({ weekday, day, month, year }: DateParts) => `${weekday} ${day} ${month} ${year}`,
    noYear: ({ weekday, day, month }: DateParts) => `${weekday} ${day} ${month}`,
    month: ({ month, year }: DateParts) => `${month} ${year}`,
    /** A range within a plan: "Sat 9 Jan – Mon 11 Jan 2027". */
    range: (from: string, to: string) => `${from} – ${to}`,
    /** A range in the calendar's lists: "Sat 9 January to Tue 12 January". */
    rangeNoYear: (from: string, to: string) => `${from} to ${to}`,
  },
  footer:
    "This planner gives general information, not medical advice. It runs on your own machine: your answers stay here.",
} as const;
