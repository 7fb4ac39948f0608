import { areaTitles } from "./en-areas";

/** Words of the calendar part of the app. */
export const calendar = {
  title: "Your calendar",
  courseTitle: "Your course calendar",
  lead: "Your sessions and the days to get ready for them, month by month or as a list.",
  /** The calendar's week starts on this weekday: 0 Monday … 6 Sunday. */
  weekStartsOn: 0,
  weekdays: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
  weekdaysShort: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
  noDraft: {
    title: "No plan yet",
    body: "Answer a few short questions first: your session dates will then appear here.",
    start: "Make my plan",
    continue: "Continue my answers",
  },
  noDates: {
    title: "No session dates in this plan",
    body: "Your answers mean no sessions can be put on a calendar yet. Your plan explains why and what to do next.",
    plan: "See my plan",
    course: "See why on the course page",
  },
  state: {
    paused:
      "This course is paused: no more sessions are on the calendar until a professional has seen your skin. The course page says why.",
    complete: "All the sessions of this series are done.",
    coursePage: "Open the course page",
  },
  views: {
    label: "Show the calendar as",
    month: "Month",
    list: "List",
  },
  month: {
    previous: "Previous month",
    next: "Next month",
    today: "today",
    session: (n: number) => `Session ${n}`,
    sessionShort: (n: number) => `S${n}`,
    done: "done",
    prep: "Prep",
    prepFor: (n: number) => `Get ready for session ${n}`,
    care: "Aftercare",
    keyDates: (month: string) => `Key dates in ${month}`,
    nothing: "Nothing planned this month.",
    legendTitle: "What the marks mean",
    legend: {
      session: "A session day, with its number (S1 on a narrow screen).",
      prep: "Prep: a day to start getting ready, for example to stop retinoids or tanning.",
      care: "No sun, no sweat: days after a session to keep out of the sun or not to sweat (exercise, sauna).",
      today: "A thick outline marks today.",
    },
  },
  /** Short names of the aftercare steps the month view marks, by the rule packs' codes. */
  careMarks: {
    "no-sun": "No sun",
    "no-sweating": "No sweat",
  } as Record<string, string>,
  list: {
    title: "All sessions",
    session: (n: number, total: number) => `Session ${n} of ${total}`,
    done: "Done",
    depth: "Depth",
    depthValue: (area: string, min: number, max: number) =>
      min === max ? `${area}: ${min} mm` : `${area}: ${min}–${max} mm`,
    performedValue: (area: string, mm: number) => `${area}: ${mm} mm (as done)`,
    since: (days: number, previous: number) => `${days} days after session ${previous}`,
    before: "Before this session",
    after: "Keep in mind after it",
  },
  areas: areaTitles as Readonly<Record<string, string>>,
  download: {
    title: "Add to your calendar",
    body: "Download a calendar file with every session and a reminder for each day you need to get ready. Open it with your calendar app (Google Calendar, Apple Calendar, Outlook and most others) to add the dates.",
    copyNote:
      "The file is a copy of today's plan: if the plan changes later, download it again, or subscribe below so your calendar keeps up by itself.",
    button: "Download calendar file (.ics)",
    started: "Your calendar file is downloading. Open it to add the dates to your calendar.",
    fileName: "microneedling-plan.ics",
    calendarName: "Microneedling plan",
    courseCalendarName: (label: string) => `Microneedling: ${label}`,
  },
  follow: {
    title: "Keep your calendar up to date",
    body: "A subscribed calendar updates itself when your plan changes, for example after you log a session or a strong reaction. To subscribe, follow this plan first: it is then kept on this planner's server so it can adapt as you go.",
    button: "Follow this plan",
    busy: "Starting…",
    failed: "The plan could not be followed.",
  },
  subscribe: {
    title: "Subscribe from your calendar app",
    body: "Subscribing adds your sessions to your calendar app and keeps them up to date: when the plan changes, your calendar follows. Each app checks for changes at its own pace, so an update can take a while to show.",
    privacy:
      "Anyone who has this link can see your session dates and care notes. Share it only with your own calendar apps. You can stop it working at any time.",
    create: "Create my calendar link",
    rotate: "Make a new link",
    rotateNote: "A new link replaces the old one: calendars that use the old link stop updating.",
    busy: "Working…",
    shownOnce:
      "Here is your link. Copy it now: for your privacy this planner keeps only a scrambled fingerprint of it, so it cannot show it again. If you lose it, make a new one.",
    field: "Your calendar link",
    open: "Open in my calendar app",
    openHint: "On an iPhone, iPad or Mac this opens your calendar app directly.",
    howTitle: "How to add it to your calendar app",
    apps: [
      {
        name: "Google Calendar",
        steps: [
          "On a computer, open Google Calendar in a web browser.",
          "Next to “Other calendars”, choose + and then “From URL”.",
          "Paste the link and choose “Add calendar”. It then shows on your phone too.",
        ],
      },
      {
        name: "Apple Calendar on iPhone or iPad",
        steps: [
          "Open Settings, then Calendar, then Accounts (on newer iPhones: Settings, Apps, Calendar, Calendar Accounts).",
          "Choose Add Account, Other, then Add Subscribed Calendar.",
          "Paste the link and choose Next, then Save.",
        ],
      },
      {
        name: "Apple Calendar on a Mac",
        steps: [
          "In Calendar, choose File, then New Calendar Subscription.",
          "Paste the link and choose Subscribe, then OK.",
        ],
      },
      {
        name: "Outlook",
        steps: [
          "In Outlook's calendar, choose Add calendar, then Subscribe from web.",
          "Paste the link, give it a name and choose Import.",
        ],
      },
    ],
    stop: "Stop sharing this calendar",
    stopNote: "If you made a link before, this makes it stop working.",
    confirmTitle: "Stop sharing this calendar?",
    confirmBody:
      "The link stops working at once. Calendar apps that subscribed to it stop updating, and some remove the sessions. You can make a new link later.",
    confirmYes: "Yes, stop sharing",
    confirmNo: "Keep sharing",
    stopped: "Sharing has stopped. The old link no longer works.",
    failed: "That did not work.",
  },
  copy: {
    button: "Copy",
    copied: "Copied",
    selected: "The link is selected: copy it with your device's copy command.",
  },
} as const;
