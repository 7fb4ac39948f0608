import {
  addDays,
  plan,
  type PlanRequestInput,
  type TreatmentPlan,
  parsePlanRequest,
} from "@mnplan/core";
import { describe, expect, it } from "vitest";
import { makePalette } from "./colour.js";
import { formatShortDate } from "./format-date.js";
import { renderPlanText } from "./render-plan-text.js";
import { visibleLength } from "./wrap-text.js";

const BASE: PlanRequestInput = {
  concerns: [{ concern: "acne-scars", severity: "moderate", areas: ["cheeks", "chin"] }],
  age: 34,
  fitzpatrick: 4,
  setting: "clinic",
  startDate: "2027-01-04",
  today: "2026-12-01",
  timeZone: "Europe/London",
  blackouts: [{ from: "2027-02-10", to: "2027-02-20", reason: "beach holiday", sun: true }],
};

function render(
  change: Partial<PlanRequestInput> = {},
  colour = false,
): { text: string; plan: TreatmentPlan } {
  const input = { ...BASE, ...change };
  const result = plan(input);
  const request = parsePlanRequest(input);
  if (!result.ok || !request.ok) throw new Error(JSON.stringify(result.issues));
  const text = renderPlanText(result.value, request.value, {
    palette: makePalette(colour),
    width: 88,
  });
  return { text, plan: result.value };
}

const flat = (text: string) => text.replace(/\s+/g, " ");
const order = (text: string, titles: string[]) =>
  titles.map((title) => text.indexOf(`\n${title}\n`));

describe("renderPlanText", () => {
  it("puts the answer first and the sections in reading order, the disclaimer last", () => {
    const { text, plan: made } = render();
    expect(
      text.startsWith("Your microneedling plan: acne scars (moderate) on the cheeks, chin\n"),
    ).toBe(true);
    const titles = [
      "Your dates",
      "Before each session",
      "On the day",
      "After each session",
      "What to expect, and when",
      "After the series",
      "Points to note",
      "Your screening",
      "Why these numbers",
      "Sources",
      "Please note",
    ];
    const places = order(text, titles);
    expect(places.every((place) => place > 0)).toBe(true);
    expect([...places].sort((a, b) => a - b)).toEqual(places);
    expect(text.trimEnd().endsWith(made.disclaimer.split(" ").slice(-4).join(" "))).toBe(true);
  });

  it("states the series in one sentence with its first and last dates", () => {
    const { text, plan: made } = render();
    expect(made.schedule).toHaveLength(4);
    expect(text).toContain("4 sessions, about 8 weeks apart, from Mon 4 Jan 2027 to ");
    expect(text).toContain("You can go ahead, with care.");
  });

  it("lists every session with its weekday, depth and the days since the one before", () => {
    const { text, plan: made } = render();
    for (const session of made.schedule) {
      const row = text.split("\n").find((line) => line.startsWith(`  ${session.number}  `));
      expect(row).toContain(session.weekday.replace(/^./, (c) => c.toUpperCase()));
      expect(row).toContain(
        session.daysSincePrevious === null ? "—" : `${session.daysSincePrevious} days`,
      );
    }
    expect(text).toContain(
      "Depth by area: cheeks 1.0–1.5 mm (acne-scars), chin 0.5–1.5 mm (acne-scars).",
    );
  });

  it("dates session 1's preparation in full and the later sessions' in a line each", () => {
    const { text, plan: made } = render();
    expect(text).toMatch(/14 days before {2}Mon 21 Dec 2026 {2}No tanning/);
    const second = made.schedule[1]?.date ?? "";
    expect(flat(text)).toContain(
      `Session 2 (${formatShortDate(second)}): no tanning ${formatShortDate(addDays(second, -14))} · no waxing ${formatShortDate(addDays(second, -7))}`,
    );
  });

  it("explains each line with its rule, grade and sources, and labels evidence notes", () => {
    const { text, plan: made } = render();
    for (const line of made.explanation) expect(text).toContain(line.rule);
    expect(text).toContain("sessions.acne-scars.moderate (grade B)");
    expect(text).toContain("Evidence says: Trials spaced sessions a month apart");
    expect(text.match(/Evidence says: Trials spaced sessions a month apart/g)).toHaveLength(1);
    expect(text).toMatch(/\n {2}\[1\] Alster TS, Graham PM/);
  });

  it("keeps every line within 88 columns, with or without colour", () => {
    for (const colour of [false, true]) {
      const { text } = render({ lifestyle: { smoker: true, frequentSun: true } }, colour);
      const long = text.split("\n").filter((line) => visibleLength(line) > 88);
      expect(long).toEqual([]);
      expect(text.includes("\u001b[")).toBe(colour);
    }
  });

  it("explains a contraindication instead of showing a schedule", () => {
    const { text } = render({ health: { pregnant: true } });
    expect(text).toContain("Microneedling is not advised for you now.");
    expect(text).toContain("Why there are no dates");
    expect(text).toContain("Not advised: Microneedling is not done during pregnancy.");
    expect(text).toContain("What to do: Plan it after pregnancy and breastfeeding.");
    for (const title of ["Your dates", "Before each session", "What to expect, and when"])
      expect(text).not.toContain(`\n${title}\n`);
  });

  it("gives the earliest date of a deferral that clears on a date, and dates the plan from it", () => {
    const { text } = render({ health: { isotretinoin: { stoppedOn: "2026-09-01" } } });
    expect(text).toContain("Not yet: start on or after Mon 1 Mar 2027.");
    expect(text).toContain("Earliest start: Mon 1 Mar 2027.");
    expect(text).toContain("\nYour dates\n");
  });

  it("says what to do for a deferral without a date", () => {
    const { text } = render({ health: { coldSoreActive: true } });
    expect(text).toContain("Something must heal or settle first");
    expect(text).toContain("When it has healed or settled");
    expect(text).not.toContain("\nYour dates\n");
  });

  it("sends a referral to a professional, with what a professional would typically plan", () => {
    const { text } = render({ setting: "home" });
    expect(text).toContain("A professional should decide first.");
    expect(text).toContain("Once cleared, a series for acne scars is 4–6 sessions");
    expect(flat(text)).toContain(
      "A professional decides: Acne scars, stretch marks and body areas are not for home needling.",
    );
  });
});
