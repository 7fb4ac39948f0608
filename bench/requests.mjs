// A deterministic spread of plan requests for the benchmarks: every concern, setting and factor mix.
const concerns = [
  [{ concern: "glow", areas: ["cheeks", "forehead"] }],
  [{ concern: "fine-lines", areas: ["periorbital", "forehead"], glogau: 2 }],
  [{ concern: "acne-scars", severity: "mild", areas: ["cheeks"] }],
  [{ concern: "acne-scars", severity: "moderate", areas: ["cheeks", "chin"], scarType: "rolling" }],
  [{ concern: "acne-scars", goodmanBaron: 4, areas: ["cheeks"] }],
  [{ concern: "stretch-marks", areas: ["abdomen", "thighs"], stage: "white" }],
  [
    { concern: "fine-lines", areas: ["neck"] },
    { concern: "acne-scars", severity: "moderate", areas: ["cheeks"] },
  ],
];
const zones = [
  "Europe/London",
  "America/New_York",
  "Asia/Kathmandu",
  "Pacific/Kiritimati",
  "Australia/Lord_Howe",
];
const weekdays = [undefined, ["sat"], ["mon", "wed", "fri"], ["sun"]];

/** 70 requests: 7 concern mixes × 10 variations of person, setting, dates and constraints. */
export function benchRequests() {
  const out = [];
  for (let c = 0; c < concerns.length; c++) {
    for (let v = 0; v < 10; v++) {
      const home = v % 5 === 4 && c <= 1;
      out.push({
        concerns: concerns[c],
        age: 19 + v * 7,
        fitzpatrick: 1 + (v % 6),
        sensitivity: ["normal", "sensitive", "reactive"][v % 3],
        setting: home ? "home" : "clinic",
        ...(home ? { homeDepthOptIn: v % 2 === 0 } : {}),
        lifestyle: { smoker: v % 4 === 1, frequentSun: v % 3 === 2, dailySunscreen: v % 5 !== 3 },
        health: {
          coldSoreHistory: v % 6 === 5,
          ...(v === 7 ? { isotretinoin: { stoppedOn: "2026-09-01" } } : {}),
        },
        startDate: `2027-0${1 + (v % 9)}-0${1 + (c % 9)}`,
        today: "2026-12-01",
        timeZone: zones[(c + v) % zones.length],
        ...(weekdays[v % 4] ? { preferredWeekdays: weekdays[v % 4] } : {}),
        blackouts:
          v % 2 === 0
            ? [{ from: "2027-03-10", to: "2027-03-20", reason: "beach holiday", sun: true }]
            : [],
        rules: v % 2 === 0 ? "guideline" : "evidence",
      });
    }
  }
  return out;
}

const DAY_MS = 86_400_000;
const shiftDate = (date, days) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
const weekdaySets = [undefined, ["sat"], ["tue", "thu"], ["mon", "wed", "fri"], ["sun"], ["fri"]];

/**
 * `count` requests that all differ (for a load that a cache of recent plans cannot serve): the 70
 * above in turn, each round with its dates 3 days later than the round before, and the age and
 * preferred days varied. Deterministic, so two processes build the same list.
 */
export function distinctBenchRequests(count) {
  const base = benchRequests();
  const out = [];
  for (let i = 0; i < count; i++) {
    const request = { ...base[i % base.length] };
    delete request.preferredWeekdays;
    const round = Math.floor(i / base.length);
    const weekdays = weekdaySets[(i + round) % weekdaySets.length];
    out.push({
      ...request,
      age: request.age + (round % 5),
      startDate: shiftDate(request.startDate, round * 3),
      today: shiftDate(request.today, round * 3),
      ...(weekdays ? { preferredWeekdays: weekdays } : {}),
    });
  }
  return out;
}
