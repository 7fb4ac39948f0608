import fc from "fast-check";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { buildCalendar, escapeText, foldLine, reminderTrigger } from "./build-calendar.js";
import { mergePack } from "./merge-pack.js";
import { GUIDELINE_PACK } from "./packs/guideline.js";
import type { TreatmentPlan } from "./plan-schema.js";
import { planRequestArb } from "../test/arbitraries.js";
import { contractRequest, planOf, refAddDays, request, withPack } from "../test/fixtures.js";

const GENERATED_AT = Date.UTC(2026, 10, 26, 12, 30, 5);
const encoder = new TextEncoder();

function parseCalendar(text: string): ICAL.Component {
  return new ICAL.Component(ICAL.parse(text) as unknown[]);
}

function timeOf(component: ICAL.Component, name: string): ICAL.Time {
  const value = component.getFirstPropertyValue(name);
  if (!(value instanceof ICAL.Time)) throw new Error(`${name} is not a time`);
  return value;
}

function textOf(component: ICAL.Component, name: string): string {
  const value = component.getFirstPropertyValue(name);
  if (typeof value !== "string") throw new Error(`${name} is not text`);
  return value;
}

/** When a VALARM fires, for an all-day event starting at local midnight. */
function firesAt(event: ICAL.Component, alarm: ICAL.Component): string {
  const trigger = alarm.getFirstPropertyValue("trigger");
  if (!(trigger instanceof ICAL.Duration)) throw new Error("TRIGGER is not a duration");
  const at = timeOf(event, "dtstart").clone();
  at.isDate = false;
  at.addDuration(trigger);
  return at.toString();
}

/** Physical lines of the file: each at most 75 octets, no stray CR or LF, no split character. */
function expectWellFolded(text: string): void {
  expect(text.endsWith("\r\n")).toBe(true);
  const lines = text.slice(0, -2).split("\r\n");
  for (const line of lines) {
    expect(encoder.encode(line).length, line).toBeLessThanOrEqual(75);
    expect(line).not.toMatch(/[\r\n]/);
    expect(line).not.toMatch(
      /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/,
    );
  }
}

const contractPlan = planOf(contractRequest());

describe("buildCalendar: read back with ical.js", () => {
  const text = buildCalendar(contractPlan, { generatedAt: GENERATED_AT, sequence: 2 });
  const calendar = parseCalendar(text);
  const events = calendar.getAllSubcomponents("vevent");

  it("has one all-day event per session, on the session's date, ending the next day", () => {
    expect(contractPlan.schedule.length).toBeGreaterThan(1);
    expect(events.map((event) => timeOf(event, "dtstart").toString())).toEqual(
      contractPlan.schedule.map((s) => s.date),
    );
    for (const [index, event] of events.entries()) {
      const session = contractPlan.schedule[index];
      expect(timeOf(event, "dtstart").isDate).toBe(true);
      expect(timeOf(event, "dtend").isDate).toBe(true);
      expect(timeOf(event, "dtend").toString()).toBe(refAddDays(session?.date ?? "", 1));
      expect(textOf(event, "summary")).toBe(
        `Microneedling session ${index + 1} of ${contractPlan.schedule.length}`,
      );
    }
    expect(calendar.getAllSubcomponents("vtodo")).toEqual([]);
    expect(textOf(calendar, "version")).toBe("2.0");
  });

  it("stamps every event with the given instant and SEQUENCE", () => {
    for (const event of events) {
      expect(timeOf(event, "dtstamp").toString()).toBe("2026-11-26T12:30:05Z");
      expect(event.getFirstPropertyValue("sequence")).toBe(2);
    }
    const unsequenced = parseCalendar(buildCalendar(contractPlan, { generatedAt: GENERATED_AT }));
    for (const event of unsequenced.getAllSubcomponents("vevent"))
      expect(event.getFirstPropertyValue("sequence")).toBe(0);
  });

  it("gives stable UIDs: the same request twice gives the same UIDs, a namespace replaces the plan id", () => {
    const uids = events.map((event) => textOf(event, "uid"));
    expect(new Set(uids).size).toBe(uids.length);
    expect(uids).toEqual(
      contractPlan.schedule.map((s) => `${contractPlan.id}-session-${s.number}@mnplan`),
    );
    const again = parseCalendar(
      buildCalendar(planOf(contractRequest()), { generatedAt: GENERATED_AT + 86_400_000 }),
    );
    expect(again.getAllSubcomponents("vevent").map((event) => textOf(event, "uid"))).toEqual(uids);
    const named = parseCalendar(
      buildCalendar(contractPlan, { generatedAt: GENERATED_AT, uidNamespace: "course-42" }),
    );
    expect(named.getAllSubcomponents("vevent").map((event) => textOf(event, "uid"))).toEqual(
      contractPlan.schedule.map((s) => `course-42-session-${s.number}@mnplan`),
    );
    const other = planOf({ ...contractRequest(), age: 35 });
    expect(other.id).not.toBe(contractPlan.id);
  });

  it("sets a reminder for each prep step that asks for one, firing at 09:00 on the prep date", () => {
    for (const [index, event] of events.entries()) {
      const session = contractPlan.schedule[index];
      const reminded = session?.prep.filter((step) => step.remind) ?? [];
      const alarms = event.getAllSubcomponents("valarm");
      expect(reminded.length).toBeGreaterThan(0);
      expect(alarms.map((alarm) => firesAt(event, alarm))).toEqual(
        reminded.map((step) => `${step.date}T09:00:00`),
      );
      for (const alarm of alarms) {
        expect(textOf(alarm, "action")).toBe("DISPLAY");
        expect(textOf(alarm, "description").length).toBeGreaterThan(0);
      }
    }
  });

  it("folds every line to at most 75 octets and carries the whole description", () => {
    expectWellFolded(text);
    const description = textOf(events[0] ?? calendar, "description");
    expect(description).toContain(contractPlan.disclaimer);
    for (const step of contractPlan.schedule[0]?.prep ?? [])
      expect(description).toContain(step.text);
  });
});

describe("reminderTrigger", () => {
  it.each([
    [0, "PT9H"],
    [1, "-PT15H"],
    [2, "-P1DT15H"],
    [5, "-P4DT15H"],
    [7, "-P6DT15H"],
    [14, "-P13DT15H"],
  ])("%i days before → %s, a valid duration that lands on 09:00", (days, trigger) => {
    expect(reminderTrigger(days)).toBe(trigger);
    expect(ICAL.Duration.fromString(trigger).toSeconds()).toBe(9 * 3600 - days * 86_400);
  });

  it("fires at 09:00 on the prep date for any number of days", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), (days) => {
        expect(ICAL.Duration.fromString(reminderTrigger(days)).toSeconds()).toBe(
          9 * 3600 - days * 86_400,
        );
      }),
      { numRuns: 200 },
    );
  });
});

/** A pack whose one extra prep step, reminded `daysBefore` days ahead, says `text`. */
function planWithStep(text: string, daysBefore: number): TreatmentPlan {
  const pack = mergePack(GUIDELINE_PACK, {
    id: "texts",
    prep: [
      { code: "custom-step", daysBefore, remind: true, text, grade: "D", sources: ["guideline"] },
    ],
  });
  return planOf(request({ rules: "texts" }), withPack(pack));
}

describe("text escaping round-trips (RFC 5545 §3.3.11)", () => {
  it.each([
    ["commas, semicolons and backslashes", "Stop retinol, AHA; BHA \\ peels"],
    ["new lines", "Line one\nLine two\n\nLine four"],
    ["multi-byte text", "Crème, 日本語 – 🙂 ok"],
    ["a colon and quotes", 'Note: "no make-up"'],
  ])("%s", (_name, text) => {
    const plan = planWithStep(text, 3);
    const calendar = parseCalendar(buildCalendar(plan, { generatedAt: GENERATED_AT }));
    const event = calendar.getAllSubcomponents("vevent")[0];
    if (!event) throw new Error("no event");
    const session = plan.schedule[0];
    const alarm = event
      .getAllSubcomponents("valarm")
      .find((a) => textOf(a, "description").endsWith(text));
    expect(alarm && textOf(alarm, "description")).toBe(`Session 1 on ${session?.date}: ${text}`);
    expect(alarm && firesAt(event, alarm)).toBe(`${refAddDays(session?.date ?? "", -3)}T09:00:00`);
    expect(textOf(event, "description")).toContain(
      `- ${refAddDays(session?.date ?? "", -3)}: ${text}`,
    );
  });

  it("a step reminded on the session day itself fires at 09:00 that day", () => {
    const plan = planWithStep("Bring your own sunscreen.", 0);
    const calendar = parseCalendar(buildCalendar(plan, { generatedAt: GENERATED_AT }));
    for (const [index, event] of calendar.getAllSubcomponents("vevent").entries()) {
      const alarm = event
        .getAllSubcomponents("valarm")
        .find((a) => textOf(a, "description").endsWith("sunscreen."));
      expect(alarm && firesAt(event, alarm)).toBe(`${plan.schedule[index]?.date}T09:00:00`);
    }
  });

  const piece = fc.constantFrom(
    "a",
    "Z",
    " ",
    ",",
    ";",
    "\\",
    "\n",
    ":",
    "é",
    "–",
    "日",
    "🙂",
    "\t",
    "ok ",
    "ß",
  );
  it("any text of letters, punctuation, new lines and multi-byte characters survives, and lines stay ≤ 75 octets", () => {
    fc.assert(
      fc.property(
        fc.array(piece, { minLength: 1, maxLength: 120 }),
        fc.integer({ min: 1, max: 20 }),
        (pieces, days) => {
          const text = pieces.join("");
          const plan = planWithStep(text, days);
          const file = buildCalendar(plan, { generatedAt: GENERATED_AT, calendarName: text });
          expectWellFolded(file);
          const event = parseCalendar(file).getAllSubcomponents("vevent")[0];
          const alarm = event
            ?.getAllSubcomponents("valarm")
            .find(
              (a) =>
                textOf(a, "description").startsWith("Session 1 on") &&
                textOf(a, "description").endsWith(text),
            );
          expect(alarm && textOf(alarm, "description")).toBe(
            `Session 1 on ${plan.schedule[0]?.date}: ${text}`,
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it.each([
    ["a\\b", "a\\\\b"],
    ["a,b;c", "a\\,b\\;c"],
    ["one\ntwo", "one\\ntwo"],
    ["one\r\ntwo", "one\\ntwo"],
    ["one\rtwo", "one\\ntwo"],
    ["bell\u0007 and nul\u0000 dropped,\ttab kept", "bell and nul dropped\\,\ttab kept"],
  ])("escapeText(%j) = %j", (raw, escaped) => {
    expect(escapeText(raw)).toBe(escaped);
  });

  it("a carriage return in a text never reaches the file as a raw CR", () => {
    const text = buildCalendar(contractPlan, {
      generatedAt: GENERATED_AT,
      calendarName: "Plan\rB\r\nC",
    });
    expectWellFolded(text);
    expect(text).toContain("X-WR-CALNAME:Plan\\nB\\nC\r\n");
  });

  it("folds at character boundaries: 4-byte emoji never split", () => {
    const line = `X-TEST:${"🙂".repeat(40)}`;
    const folded = foldLine(line);
    expectWellFolded(`${folded}\r\n`);
    expect(folded.replaceAll("\r\n ", "")).toBe(line);
  });
});

describe("a plan with no schedule", () => {
  it.each([
    ["contraindicated", request({ health: { pregnant: true } })],
    ["refer", request({ health: { keloids: true } })],
    ["defer until healed", request({ health: { coldSoreActive: true } })],
  ])("%s: a valid calendar with one VTODO and no events", (status, input) => {
    const plan = planOf(input);
    expect(plan.schedule).toEqual([]);
    const text = buildCalendar(plan, { generatedAt: GENERATED_AT, sequence: 1 });
    expectWellFolded(text);
    const calendar = parseCalendar(text);
    expect(calendar.getAllSubcomponents("vevent")).toEqual([]);
    const todos = calendar.getAllSubcomponents("vtodo");
    expect(todos).toHaveLength(1);
    const todo = todos[0];
    if (!todo) throw new Error("no VTODO");
    expect(textOf(todo, "uid")).toBe(`${plan.id}-no-schedule@mnplan`);
    expect(textOf(todo, "summary")).toContain(status.split(" ")[0] ?? status);
    expect(todo.getFirstPropertyValue("sequence")).toBe(1);
    expect(timeOf(todo, "dtstamp").toString()).toBe("2026-11-26T12:30:05Z");
    const description = textOf(todo, "description");
    expect(description).toContain(plan.disclaimer);
    for (const item of plan.screening.filter((i) => i.level !== "caution"))
      expect(description).toContain(item.message);
  });
});

describe("buildCalendar over generated plans", () => {
  it("always parses, with one event per session on its date, and lines of at most 75 octets", () => {
    fc.assert(
      fc.property(planRequestArb(), (input) => {
        const plan = planOf(input);
        const text = buildCalendar(plan, { generatedAt: GENERATED_AT });
        expectWellFolded(text);
        const calendar = parseCalendar(text);
        const events = calendar.getAllSubcomponents("vevent");
        expect(events.map((event) => timeOf(event, "dtstart").toString())).toEqual(
          plan.schedule.map((s) => s.date),
        );
        expect(calendar.getAllSubcomponents("vtodo")).toHaveLength(
          plan.schedule.length === 0 ? 1 : 0,
        );
        for (const [index, event] of events.entries()) {
          const reminded = plan.schedule[index]?.prep
            .filter((step) => step.remind)
            .map((step) => `${step.date}T09:00:00`);
          expect(event.getAllSubcomponents("valarm").map((alarm) => firesAt(event, alarm))).toEqual(
            reminded,
          );
        }
      }),
      { numRuns: 400 },
    );
  }, 60_000);
});
