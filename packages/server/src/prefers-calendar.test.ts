import { describe, expect, it } from "vitest";
import { prefersCalendar } from "./prefers-calendar.js";

describe("prefersCalendar", () => {
  it.each([
    [undefined, false],
    ["", false],
    ["text/calendar", true],
    ["TEXT/Calendar; charset=utf-8", true],
    ["application/json, text/calendar", true],
    ["application/json;q=1, text/calendar;q=0.9", false],
    ["application/*;q=0.2, text/calendar;q=0.5", true],
    ["text/calendar;q=0", false],
    ["text/*", false],
    ["text/calendar;q=abc", false],
  ])("%j → %s", (accept, calendar) => {
    expect(prefersCalendar(accept)).toBe(calendar);
  });
});
