import { describe, expect, it } from "vitest";
import { checkSessionDate, planNextSession } from "./next-session.js";
import type { PlanRequestInput } from "./request-schema.js";
import { planOf, refAddDays, request } from "../test/fixtures.js";

// Guideline, glow on the cheeks (0.5–1.5 mm): at least 28 days apart, 42 recommended.
const guideline = planOf(request());
// Evidence: the recommended interval is the minimum, 4 weeks.
const evidence = planOf(request({ rules: "evidence" }));
// Guideline, moderate acne scars: four sessions.
const scars = planOf(
  request({ concerns: [{ concern: "acne-scars", severity: "moderate", areas: ["cheeks"] }] }),
);
// Guideline, Fitzpatrick V: at least 6 weeks, 8 recommended.
const darker = planOf(request({ fitzpatrick: 5 }));

describe("checkSessionDate: the too-early guard (rules.md §3)", () => {
  const last = "2027-01-04";
  it.each([
    ["guideline", -10, "refused", "too-early", guideline],
    ["guideline", 1, "refused", "too-early", guideline],
    ["guideline", 27, "refused", "too-early", guideline],
    ["guideline", 28, "early", "before-recommended", guideline],
    ["guideline", 41, "early", "before-recommended", guideline],
    ["guideline", 42, "allowed", undefined, guideline],
    ["guideline", 90, "allowed", undefined, guideline],
    ["evidence", 27, "refused", "too-early", evidence],
    ["evidence", 28, "allowed", undefined, evidence],
    ["Fitzpatrick V", 41, "refused", "too-early", darker],
    ["Fitzpatrick V", 42, "early", "before-recommended", darker],
    ["Fitzpatrick V", 55, "early", "before-recommended", darker],
    ["Fitzpatrick V", 56, "allowed", undefined, darker],
  ] as const)("%s: %i days after the last session → %s", (_name, days, verdict, code, plan) => {
    const check = checkSessionDate(plan, [{ date: last }], refAddDays(last, days));
    expect(check.verdict).toBe(verdict);
    expect(check.issues.map((issue) => issue.code)).toEqual(code === undefined ? [] : [code]);
    expect(check.issues.map((issue) => issue.severity)).toEqual(
      verdict === "refused" ? ["error"] : verdict === "early" ? ["warning"] : [],
    );
    expect(check.issues.every((issue) => issue.path === "date")).toBe(true);
  });

  it("a refusal gives the date the session becomes allowed, and the recommended one", () => {
    const check = checkSessionDate(guideline, [{ date: "2027-01-04" }], "2027-01-20");
    expect(check.next).toEqual({
      number: 2,
      remaining: guideline.schedule.length - 1,
      allowedFrom: "2027-02-01",
      recommendedFrom: "2027-02-15",
    });
    expect(check.issues[0]?.message).toContain("2027-02-01");
  });

  it("counts from the latest session whatever order the history is in", () => {
    const history = [{ date: "2027-02-15" }, { date: "2027-01-04" }];
    const next = planNextSession(scars, history);
    expect(next.number).toBe(3);
    expect(next.remaining).toBe(2);
    expect(next.allowedFrom).toBe("2027-03-15");
    expect(next.recommendedFrom).toBe("2027-03-29");
  });

  it("the first session is allowed from the earliest start and recommended on the first scheduled day", () => {
    const plan = planOf(request({ preferredWeekdays: ["sat"] }));
    expect(plan.schedule[0]?.date).toBe("2027-01-09");
    expect(planNextSession(plan, [])).toEqual({
      number: 1,
      remaining: plan.schedule.length,
      allowedFrom: "2027-01-04",
      recommendedFrom: "2027-01-09",
    });
    expect(checkSessionDate(plan, [], "2027-01-03").verdict).toBe("refused");
    expect(checkSessionDate(plan, [], "2027-01-04").verdict).toBe("early");
    expect(checkSessionDate(plan, [], "2027-01-09").verdict).toBe("allowed");
  });

  it("a deferred plan allows its first session from the day the deferral clears", () => {
    const plan = planOf(request({ today: "2026-12-25", health: { fillerWithin4Weeks: true } }));
    expect(plan.earliestStart).toBe("2027-01-22");
    expect(checkSessionDate(plan, [], "2027-01-21").verdict).toBe("refused");
    expect(checkSessionDate(plan, [], "2027-01-22").verdict).toBe("allowed");
  });
});

describe("checkSessionDate: plans that allow no session", () => {
  it.each([
    ["contraindicated", { health: { pregnant: true } }],
    ["refer", { health: { anticoagulants: true } }],
    [
      "refer at home",
      {
        setting: "home",
        concerns: [{ concern: "acne-scars", severity: "mild", areas: ["cheeks"] }],
      },
    ],
    ["defer until healed", { health: { skinInfection: true } }],
    [
      "macular marks only",
      { concerns: [{ concern: "acne-scars", goodmanBaron: 1, areas: ["cheeks"] }] },
    ],
  ] satisfies [string, Partial<PlanRequestInput>][])(
    "%s: every date is refused",
    (_name, answers) => {
      const plan = planOf(request(answers));
      expect(plan.schedule).toEqual([]);
      for (const date of ["2027-01-04", "2027-06-01", "2030-01-01"]) {
        const check = checkSessionDate(plan, [], date);
        expect(check.verdict).toBe("refused");
        expect(check.issues.map((issue) => issue.code)).toEqual(["no-session-allowed"]);
        expect(check.next.allowedFrom).toBeNull();
      }
    },
  );

  it("refuses another session once the series is complete", () => {
    const history = guideline.schedule.map(({ date }) => ({ date }));
    const next = planNextSession(guideline, history);
    expect(next).toMatchObject({ number: history.length + 1, remaining: 0, allowedFrom: null });
    const check = checkSessionDate(guideline, history, "2028-06-01");
    expect(check.verdict).toBe("refused");
    expect(check.issues.map((issue) => issue.code)).toEqual(["no-session-allowed"]);
  });
});
