// End to end: a request in, a whole plan out. Inline snapshots of a compact projection show the shape a
// user sees; each was checked by hand against rules.md (the comments say how).
import { describe, expect, it } from "vitest";
import { plan, resolvePack } from "./plan.js";
import type { TreatmentPlan } from "./plan-schema.js";
import { contractRequest, planOf, request } from "../test/fixtures.js";

function summary(p: TreatmentPlan): Record<string, unknown> {
  return {
    status: p.status,
    rules: p.rules.id,
    sessions:
      p.sessions &&
      `${p.sessions.min}–${p.sessions.max}, recommended ${p.sessions.recommended} (set by ${p.sessions.setBy})`,
    intervalWeeks:
      p.intervalWeeks &&
      `${p.intervalWeeks.min}–${p.intervalWeeks.max}, recommended ${p.intervalWeeks.recommended}`,
    minDaysBetweenSessions: p.minDaysBetweenSessions,
    earliestStart: p.earliestStart,
    schedule: p.schedule.map(
      (s) => `${s.number}: ${s.date} ${s.weekday} ${s.depthMm.min}–${s.depthMm.max} mm`,
    ),
    screening: p.screening.map((item) => `${item.code}: ${item.level}`),
    warnings: p.warnings.map((w) =>
      w.session === undefined ? w.code : `${w.code} (session ${w.session})`,
    ),
    maintenance:
      p.maintenance &&
      (p.maintenance.everyMonths
        ? `every ${p.maintenance.everyMonths.min}–${p.maintenance.everyMonths.max} months`
        : `reassess after ${p.maintenance.reassessAfterMonths} months`),
  };
}

describe("whole plans", () => {
  it("the contract's example: moderate scars, Fitzpatrick IV, Saturdays, a sunny holiday in February", () => {
    // 4–6 sessions at 34 (no age band) → 4; Fitzpatrick IV: 6–8 weeks, 8 recommended, first session one
    // step lower (0.75–1.25 mm); 9 Jan is the first Saturday from 4 Jan. The holiday (10–20 Feb, sun)
    // blocks 6 Mar (its 14 sun-free days before reach 20 Feb), and every Saturday back to 20 Feb, so
    // session 2 goes one week past the 8-week window.
    expect(summary(planOf(contractRequest()))).toMatchInlineSnapshot(`
      {
        "earliestStart": "2027-01-04",
        "intervalWeeks": "6–8, recommended 8",
        "maintenance": "every 12–24 months",
        "minDaysBetweenSessions": 42,
        "rules": "guideline",
        "schedule": [
          "1: 2027-01-09 sat 0.75–1.25 mm",
          "2: 2027-03-13 sat 1–1.5 mm",
          "3: 2027-05-08 sat 1–1.5 mm",
          "4: 2027-07-03 sat 1–1.5 mm",
        ],
        "screening": [
          "fitzpatrick-pigmentation: caution",
        ],
        "sessions": "4–6, recommended 4 (set by acne-scars)",
        "status": "caution",
        "warnings": [
          "fitzpatrick-4-6",
          "interval-stretched (session 2)",
        ],
      }
    `);
  });

  it("a pregnant person: contraindicated, nothing planned", () => {
    expect(summary(planOf(request({ health: { pregnant: true, coldSoreHistory: true } }))))
      .toMatchInlineSnapshot(`
      {
        "earliestStart": null,
        "intervalWeeks": null,
        "maintenance": null,
        "minDaysBetweenSessions": null,
        "rules": "guideline",
        "schedule": [],
        "screening": [
          "pregnancy: contraindicated",
          "cold-sore-history: caution",
        ],
        "sessions": null,
        "status": "contraindicated",
        "warnings": [],
      }
    `);
  });

  it("a home glow plan with the 0.5 mm opt-in, evidence pack, at 45", () => {
    // Glow 2–3, age 40+ adds one → 3; evidence: 4 weeks by default; home with opt-in: 0.25–0.5 mm,
    // which is 0.5 mm so sessions stay 28 days apart; the opt-in warning is shown.
    expect(
      summary(
        planOf(
          request({
            rules: "evidence",
            setting: "home",
            homeDepthOptIn: true,
            age: 45,
            concerns: [{ concern: "glow", areas: ["cheeks", "forehead"] }],
          }),
        ),
      ),
    ).toMatchInlineSnapshot(`
      {
        "earliestStart": "2027-01-04",
        "intervalWeeks": "4–6, recommended 4",
        "maintenance": "every 6–12 months",
        "minDaysBetweenSessions": 28,
        "rules": "evidence",
        "schedule": [
          "1: 2027-01-04 mon 0.25–0.5 mm",
          "2: 2027-02-01 mon 0.25–0.5 mm",
          "3: 2027-03-01 mon 0.25–0.5 mm",
        ],
        "screening": [],
        "sessions": "2–3, recommended 3 (set by glow)",
        "status": "ok",
        "warnings": [
          "home-depth-opt-in",
        ],
      }
    `);
  });

  it("isotretinoin stopped in October: the guideline defers to 6 months after the stop date", () => {
    // Stopped 2026-10-20 → clears 2027-04-20 (a Tuesday); fine lines 3–5 at 41 → 4, 6 weeks apart.
    expect(
      summary(
        planOf(
          request({
            concerns: [{ concern: "fine-lines", glogau: 2, areas: ["forehead", "periorbital"] }],
            age: 41,
            today: "2026-12-01",
            health: { isotretinoin: { stoppedOn: "2026-10-20" } },
          }),
        ),
      ),
    ).toMatchInlineSnapshot(`
      {
        "earliestStart": "2027-04-20",
        "intervalWeeks": "4–6, recommended 6",
        "maintenance": "every 12–24 months",
        "minDaysBetweenSessions": 28,
        "rules": "guideline",
        "schedule": [
          "1: 2027-04-20 tue 0.5–1 mm",
          "2: 2027-06-01 tue 0.5–1 mm",
          "3: 2027-07-13 tue 0.5–1 mm",
          "4: 2027-08-24 tue 0.5–1 mm",
        ],
        "screening": [
          "isotretinoin-recent: defer",
        ],
        "sessions": "3–5, recommended 4 (set by fine-lines)",
        "status": "defer",
        "warnings": [],
      }
    `);
  });
});

describe("plan", () => {
  it("passes parse issues through untouched and never builds a plan from an invalid request", () => {
    const result = plan({ ...contractRequest(), fitzpatrick: 9 });
    expect(result).toEqual({
      ok: false,
      issues: [expect.objectContaining({ code: "too-big", path: "fitzpatrick" })],
    });
  });

  it.each([
    ["guideline", true],
    ["evidence", true],
    ["my-clinic", false],
  ])("resolvePack(%s) → ok %s", (id, ok) => {
    const result = resolvePack(id);
    expect(result.ok).toBe(ok);
    if (result.ok) expect(result.value.id).toBe(id);
    else expect(result.issues.map((issue) => issue.path)).toEqual(["rules"]);
  });

  it("uses the guideline pack when the request names none", () => {
    const unnamed = contractRequest();
    delete unnamed.rules;
    expect(planOf(unnamed).rules.id).toBe("guideline");
  });
});
