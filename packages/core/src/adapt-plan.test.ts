import { describe, expect, it } from "vitest";
import { adaptPlan, type AdaptedPlan } from "./adapt-plan.js";
import { buildPlan } from "./build-plan.js";
import { explain } from "./explain.js";
import { isSameSchedule } from "./is-same-schedule.js";
import { checkSessionDate } from "./next-session.js";
import type { CheckInInput, PerformedSessionInput, ProgressRatingInput } from "./journal-schema.js";
import { EVIDENCE_PACK } from "./packs/evidence.js";
import { GUIDELINE_PACK } from "./packs/guideline.js";
import { parsePlanRequest } from "./parse-plan-request.js";
import type { PlanRequestInput } from "./request-schema.js";
import type { Area, Concern } from "./vocabulary.js";
import { refAddDays, refWeekday, request, type ConcernInput } from "../test/fixtures.js";

/** The first session of every request below: Monday 4 January 2027. */
const S = "2027-01-04";
const day = (n: number): string => refAddDays(S, n);

const scars: ConcernInput = { concern: "acne-scars", severity: "moderate", areas: ["cheeks"] };
/** Guideline, moderate acne scars on the cheeks: 4 sessions 42 days apart, 1.0–1.5 mm, at least 28 days. */
const SCARS = request({ concerns: [scars] });
/** Guideline, fine lines on the forehead at 46: 3–5 sessions, recommended 4. */
const LINES = request({ concerns: [{ concern: "fine-lines", areas: ["forehead"] }], age: 46 });

interface Journal {
  sessions?: PerformedSessionInput[];
  checkIns?: CheckInInput[];
  ratings?: ProgressRatingInput[];
}

function adapt(input: PlanRequestInput, journal: Journal, today: string): AdaptedPlan {
  const parsed = parsePlanRequest(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  const pack = parsed.value.rules === "evidence" ? EVIDENCE_PACK : GUIDELINE_PACK;
  return adaptPlan({
    request: parsed.value,
    pack,
    plan: buildPlan(parsed.value, pack),
    sessions: journal.sessions ?? [],
    checkIns: journal.checkIns ?? [],
    ratings: journal.ratings ?? [],
    today,
  });
}

function done(date: string, depthMm = 1, area: Area = "cheeks"): PerformedSessionInput {
  return { date, setting: "clinic", device: "pen", depthByArea: [{ area, depthMm }] };
}

function checkIn(
  date: string,
  scores: Partial<Record<"redness" | "swelling" | "pain" | "flaking", number>> = {},
  warningSigns?: CheckInInput["warningSigns"],
): CheckInInput {
  return {
    date,
    redness: 0,
    swelling: 0,
    pain: 0,
    flaking: 0,
    ...scores,
    ...(warningSigns ? { warningSigns } : {}),
  };
}

function rating(date: string, score: number, concern: Concern = "fine-lines"): ProgressRatingInput {
  return { date, concern, score };
}

type Row = [
  name: string,
  input: PlanRequestInput,
  journal: Journal,
  today: string,
  state: AdaptedPlan["state"],
  codes: string[],
  dates: string[],
];

const ROWS: Row[] = [
  ["nothing happened", SCARS, {}, day(-30), "active", [], [S, day(42), day(84), day(126)]],
  [
    "session 1 done on its date",
    SCARS,
    { sessions: [done(S)] },
    day(10),
    "active",
    [],
    [S, day(42), day(84), day(126)],
  ],
  [
    "session 1 done 3 days late: the rest follow it",
    SCARS,
    { sessions: [done(day(3))] },
    day(10),
    "active",
    ["session-moved", "session-moved", "session-moved"],
    [day(3), day(45), day(87), day(129)],
  ],
  [
    "session 1 missed: all move forward from today",
    SCARS,
    {},
    day(10),
    "active",
    ["missed-session", "session-moved", "session-moved", "session-moved"],
    [day(10), day(52), day(94), day(136)],
  ],
  [
    "session 2 missed",
    SCARS,
    { sessions: [done(S)] },
    day(50),
    "active",
    ["missed-session", "session-moved", "session-moved"],
    [S, day(50), day(92), day(134)],
  ],
  [
    "still red on day 5: the next interval 2 weeks longer and one step shallower",
    SCARS,
    { sessions: [done(S)], checkIns: [checkIn(day(5), { redness: 1 })] },
    day(6),
    "active",
    ["interval-lengthened", "depth-lowered", "session-moved", "session-moved", "session-moved"],
    [S, day(56), day(98), day(140)],
  ],
  [
    "red on day 3 (within 72 hours): as expected",
    SCARS,
    { sessions: [done(S)], checkIns: [checkIn(day(3), { redness: 2 })] },
    day(6),
    "active",
    [],
    [S, day(42), day(84), day(126)],
  ],
  [
    "flaking on day 8",
    SCARS,
    { sessions: [done(S)], checkIns: [checkIn(day(8), { flaking: 1 })] },
    day(9),
    "active",
    ["interval-lengthened", "depth-lowered", "session-moved", "session-moved", "session-moved"],
    [S, day(56), day(98), day(140)],
  ],
  [
    "flaking on day 7: as expected",
    SCARS,
    { sessions: [done(S)], checkIns: [checkIn(day(7), { flaking: 2 })] },
    day(9),
    "active",
    [],
    [S, day(42), day(84), day(126)],
  ],
  [
    "severe swelling on day 1",
    SCARS,
    { sessions: [done(S)], checkIns: [checkIn(day(1), { swelling: 3 })] },
    day(2),
    "active",
    ["interval-lengthened", "depth-lowered", "session-moved", "session-moved", "session-moved"],
    [S, day(56), day(98), day(140)],
  ],
  [
    "a reaction to an earlier session does not move the next one",
    SCARS,
    { sessions: [done(S), done(day(42))], checkIns: [checkIn(day(6), { redness: 2 })] },
    day(43),
    "active",
    [],
    [S, day(42), day(84), day(126)],
  ],
  [
    "a warning sign pauses the course",
    SCARS,
    { sessions: [done(S)], checkIns: [checkIn(day(4), { redness: 2 }, ["pus"])] },
    day(5),
    "paused",
    ["paused"],
    [S],
  ],
  [
    "a warning sign on the day of the last session keeps it paused",
    SCARS,
    { sessions: [done(S)], checkIns: [checkIn(S, {}, ["fever"])] },
    day(60),
    "paused",
    ["paused"],
    [S],
  ],
  [
    "a warning sign before any session",
    SCARS,
    { checkIns: [checkIn(day(-2), {}, ["cold-sore"])] },
    day(-1),
    "paused",
    ["paused"],
    [],
  ],
  [
    "a session logged after the warning sign lifts the pause",
    SCARS,
    { sessions: [done(S), done(day(50))], checkIns: [checkIn(day(4), {}, ["pus"])] },
    day(51),
    "active",
    ["session-moved", "session-moved"],
    [S, day(50), day(92), day(134)],
  ],
  [
    "an imported pair 20 days apart: reported, and the next keeps its distance",
    SCARS,
    { sessions: [done(S), done(day(20))] },
    day(21),
    "active",
    ["too-close", "session-moved", "session-moved"],
    [S, day(20), day(62), day(104)],
  ],
  [
    "strong progress once the low end (3) is done: the series ends",
    LINES,
    {
      sessions: [
        done(S, 0.75, "forehead"),
        done(day(42), 0.75, "forehead"),
        done(day(84), 0.75, "forehead"),
      ],
      ratings: [rating(day(1), 2), rating(day(90), 8)],
    },
    day(91),
    "complete",
    ["series-shortened", "series-complete"],
    [S, day(42), day(84)],
  ],
  [
    "strong progress before the low end changes nothing",
    LINES,
    {
      sessions: [done(S, 0.75, "forehead"), done(day(42), 0.75, "forehead")],
      ratings: [rating(day(50), 9)],
    },
    day(51),
    "active",
    [],
    [S, day(42), day(84), day(126)],
  ],
  [
    "slow progress extends the series to the top, then a reassessment",
    LINES,
    {
      sessions: [
        done(S, 0.75, "forehead"),
        done(day(42), 0.75, "forehead"),
        done(day(84), 0.75, "forehead"),
      ],
      ratings: [rating(day(1), 3), rating(day(90), 4)],
    },
    day(91),
    "active",
    ["series-extended", "session-added"],
    [S, day(42), day(84), day(126), day(168)],
  ],
  [
    "a rating 2 points up is not slow",
    LINES,
    {
      sessions: [
        done(S, 0.75, "forehead"),
        done(day(42), 0.75, "forehead"),
        done(day(84), 0.75, "forehead"),
      ],
      ratings: [rating(day(1), 3), rating(day(90), 5)],
    },
    day(91),
    "active",
    [],
    [S, day(42), day(84), day(126)],
  ],
  [
    "every planned session done",
    SCARS,
    { sessions: [done(S), done(day(42)), done(day(84)), done(day(126))] },
    day(130),
    "complete",
    ["series-complete"],
    [S, day(42), day(84), day(126)],
  ],
  [
    "evidence pack: a reaction turns 4 weeks into 6",
    request({ concerns: [scars], rules: "evidence" }),
    { sessions: [done(S)], checkIns: [checkIn(day(4), { redness: 1 })] },
    day(5),
    "active",
    ["interval-lengthened", "depth-lowered", "session-moved", "session-moved", "session-moved"],
    [S, day(42), day(70), day(98)],
  ],
  [
    "Saturdays only: a missed first session moves to the next Saturday",
    request({ concerns: [scars], preferredWeekdays: ["sat"] }),
    {},
    "2027-01-12",
    "active",
    ["missed-session", "session-moved", "session-moved", "session-moved"],
    [
      "2027-01-16",
      refAddDays("2027-01-16", 42),
      refAddDays("2027-01-16", 84),
      refAddDays("2027-01-16", 126),
    ],
  ],
  [
    "contraindicated: nothing to adapt",
    request({ concerns: [scars], health: { pregnant: true } }),
    { sessions: [done(S)] },
    day(10),
    "paused",
    [],
    [],
  ],
];

describe("adaptPlan (product: Adapt)", () => {
  it.each(ROWS)("%s → %s %j", (_name, input, journal, today, state, codes, dates) => {
    const adapted = adapt(input, journal, today);
    expect(adapted.state).toBe(state);
    expect(adapted.changes.map((change) => change.code)).toEqual(codes);
    expect(adapted.plan.schedule.map((session) => session.date)).toEqual(dates);
    const doneCount = journal.sessions?.length ?? 0;
    if (dates.length > 0)
      expect(adapted.plan.schedule.map((session) => session.state ?? "planned")).toEqual(
        dates.map((_, index) => (index < doneCount ? "done" : "planned")),
      );
    for (const session of adapted.plan.schedule)
      expect(session.weekday).toBe(refWeekday(session.date));
  });

  it("with nothing done and today before the first session, gives the plan as made", () => {
    const parsed = parsePlanRequest(SCARS);
    if (!parsed.ok) throw new Error("request");
    const plan = buildPlan(parsed.value, GUIDELINE_PACK);
    const adapted = adaptPlan({
      request: parsed.value,
      pack: GUIDELINE_PACK,
      plan,
      sessions: [],
      checkIns: [],
      ratings: [],
      today: S,
    });
    expect(adapted).toEqual({ plan, changes: [], state: "active" });
    expect(isSameSchedule(adapted.plan, plan)).toBe(true);
  });

  it("a missed session says which session moved, from and to which date", () => {
    const adapted = adapt(SCARS, { sessions: [done(S)] }, day(50));
    expect(adapted.changes).toEqual([
      expect.objectContaining({
        code: "missed-session",
        rule: "adapt.missed-session",
        session: 2,
        before: day(42),
        after: day(50),
      }),
      expect.objectContaining({
        code: "session-moved",
        rule: "adapt.missed-session",
        session: 3,
        before: day(84),
        after: day(92),
      }),
      expect.objectContaining({
        code: "session-moved",
        rule: "adapt.missed-session",
        session: 4,
        before: day(126),
        after: day(134),
      }),
    ]);
  });

  it("a reaction: one change per effect, with its rule, and a line explaining it", () => {
    const adapted = adapt(
      SCARS,
      { sessions: [done(S)], checkIns: [checkIn(day(5), { redness: 1 })] },
      day(6),
    );
    const [interval, depth] = adapted.changes;
    expect(interval).toMatchObject({
      code: "interval-lengthened",
      rule: "adapt.slow-reaction",
      session: 2,
      before: 6,
      after: 8,
    });
    expect(depth).toMatchObject({
      code: "depth-lowered",
      rule: "adapt.slow-reaction",
      session: 2,
      before: "1.00–1.50 mm",
      after: "0.75–1.25 mm",
    });
    expect(interval?.message).toContain("still red more than 72 hours after");
    const [, second, third] = adapted.plan.schedule;
    expect(second?.depthByArea.map((a) => a.depthMm)).toEqual([{ min: 0.75, max: 1.25 }]);
    expect(third?.depthByArea.map((a) => a.depthMm)).toEqual([{ min: 1, max: 1.5 }]);
    const lines = explain(adapted.plan).find((group) => group.topic === "schedule")?.lines ?? [];
    expect(lines.map((line) => line.rule)).toContain("adapt.slow-reaction");
    const line = lines.find((l) => l.rule === "adapt.slow-reaction");
    expect(line?.sources.some((source) => source.startsWith("[conservative]"))).toBe(true);
  });

  it("at home a reaction never goes below the depth floor", () => {
    const home = request({ setting: "home" });
    const adapted = adapt(
      home,
      { sessions: [done(S, 0.25)], checkIns: [checkIn(day(4), { swelling: 1 })] },
      day(5),
    );
    const next = adapted.plan.schedule[1];
    expect(next?.date).toBe(day(56));
    expect(next?.depthMm).toEqual({ min: 0.25, max: 0.25 });
  });

  it("a pause says to see a professional, and plans nothing", () => {
    const adapted = adapt(
      SCARS,
      { sessions: [done(S)], checkIns: [checkIn(day(4), {}, ["pus", "fever"])] },
      day(5),
    );
    expect(adapted.plan.warnings).toContainEqual(
      expect.objectContaining({ code: "see-a-professional" }),
    );
    expect(adapted.changes[0]).toMatchObject({
      rule: "adapt.warning-sign",
      before: "active",
      after: "paused",
    });
    expect(adapted.changes[0]?.message).toContain("pus, fever");
    expect(adapted.plan.schedule.filter((s) => s.state !== "done")).toEqual([]);
  });

  it("a too-close pair gets a warning naming both sessions and the minimum", () => {
    const adapted = adapt(SCARS, { sessions: [done(S), done(day(20))] }, day(21));
    expect(adapted.changes[0]).toMatchObject({
      code: "too-close",
      session: 2,
      before: 28,
      after: 20,
    });
    expect(adapted.plan.warnings).toContainEqual(
      expect.objectContaining({ code: "too-close", session: 2 }),
    );
  });

  it("slow progress: a reassess warning, and the plan's count raised to the top", () => {
    const sessions = [
      done(S, 0.75, "forehead"),
      done(day(42), 0.75, "forehead"),
      done(day(84), 0.75, "forehead"),
    ];
    const adapted = adapt(
      LINES,
      { sessions, ratings: [rating(day(1), 3), rating(day(90), 4)] },
      day(91),
    );
    expect(adapted.plan.sessions).toMatchObject({
      min: 3,
      max: 5,
      recommended: 5,
      reassessAfterSeries: true,
    });
    expect(adapted.plan.warnings.map((w) => w.code)).toContain("reassess");
    expect(adapted.changes[0]).toMatchObject({ before: 4, after: 5, rule: "adapt.slow-progress" });
  });

  it("completion keeps maintenance, and the done sessions keep their depth used", () => {
    const adapted = adapt(
      SCARS,
      { sessions: [done(S), done(day(42)), done(day(84), 1.25), done(day(126))] },
      day(130),
    );
    expect(adapted.plan.maintenance).not.toBeNull();
    expect(adapted.plan.schedule[2]?.performedDepthByArea).toEqual([
      { area: "cheeks", depthMm: 1.25 },
    ]);
  });

  it("the journal's order does not matter", () => {
    const journal: Journal = {
      sessions: [done(day(3)), done(day(50))],
      checkIns: [checkIn(day(55), { redness: 1 }), checkIn(day(52), { swelling: 3 })],
    };
    const reversed: Journal = {
      sessions: [...(journal.sessions ?? [])].reverse(),
      checkIns: [...(journal.checkIns ?? [])].reverse(),
    };
    expect(adapt(SCARS, reversed, day(60))).toEqual(adapt(SCARS, journal, day(60)));
  });
});

describe("isSameSchedule", () => {
  it("tells a revision that moved or marked a session from one that did not", () => {
    const base = adapt(SCARS, {}, day(-1)).plan;
    expect(isSameSchedule(base, adapt(SCARS, { sessions: [done(S)] }, day(1)).plan)).toBe(false);
    expect(isSameSchedule(base, adapt(SCARS, {}, day(10)).plan)).toBe(false);
    const once = adapt(SCARS, { sessions: [done(S)] }, day(1)).plan;
    expect(isSameSchedule(once, adapt(SCARS, { sessions: [done(S)] }, day(2)).plan)).toBe(true);
  });
});

describe("the too-early guard after a slow reaction", () => {
  it("warns before the lengthened interval, not only before the usual one", () => {
    // Guideline scars: 6 weeks recommended, 4 weeks minimum; a slow reaction adds 2 weeks.
    const adapted = adapt(
      SCARS,
      { sessions: [done(S)], checkIns: [checkIn(day(5), { redness: 1 })] },
      day(6),
    );
    const history = [{ date: S }];
    expect(checkSessionDate(adapted.plan, history, day(27)).verdict).toBe("refused");
    expect(checkSessionDate(adapted.plan, history, day(42)).verdict).toBe("early");
    expect(checkSessionDate(adapted.plan, history, day(56)).verdict).toBe("allowed");
  });
});
