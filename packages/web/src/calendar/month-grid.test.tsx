import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { MonthGrid } from "./month-grid";
import { samplePlan } from "./sample-plan";

const plan = samplePlan();
const monthName = (date: string) =>
  new Date(`${date}T12:00:00Z`).toLocaleString("en-GB", {
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });

/** The grid cell of a day of the shown month, found by its day number. */
function cellOf(date: string): HTMLElement {
  const day = String(Number(date.slice(8)));
  const cell = screen
    .getAllByRole("cell")
    .find((td) => td.querySelector(".day-number")?.textContent === day);
  if (!cell) throw new Error(`no cell for ${date}`);
  return cell;
}

function sessionsShown(): string[] {
  return screen
    .getAllByRole("cell")
    .flatMap((td) => [...td.textContent.matchAll(/Session (\d+)/g)].map((m) => m[1] ?? ""));
}

describe("MonthGrid", () => {
  it("opens at the first session's month with weekday headers and the session on its day", () => {
    const first = plan.schedule[0]!;
    render(<MonthGrid plan={plan} today="2026-12-01" />);
    expect(screen.getByRole("heading", { level: 2 }).textContent).toBe(monthName(first.date));
    const headers = screen.getAllByRole("columnheader").map((th) => th.textContent);
    expect(headers[0]).toContain("Monday");
    expect(headers).toHaveLength(7);
    expect(within(cellOf(first.date)).getAllByText("Session 1").length).toBeGreaterThan(0);
    const inMonth = plan.schedule.filter((s) => s.date.startsWith(first.date.slice(0, 7)));
    expect(sessionsShown()).toEqual(inMonth.map((s) => String(s.number)));
  });

  it("in a course under way, opens at the next session to come and marks the done one", () => {
    const [first, second] = [plan.schedule[0]!, plan.schedule[1]!];
    const course = {
      ...plan,
      schedule: plan.schedule.map((s) => (s.number === 1 ? { ...s, state: "done" as const } : s)),
    };
    const { unmount } = render(<MonthGrid plan={course} today={second.date} />);
    expect(screen.getByRole("heading", { level: 2 }).textContent).toBe(monthName(second.date));
    unmount();
    render(<MonthGrid plan={{ ...course, schedule: [course.schedule[0]!] }} today={first.date} />);
    expect(cellOf(first.date).textContent).toContain("Session 1 (done)");
  });

  it("marks the first session's reminded prep days and its no-sun days in words", () => {
    const first = plan.schedule[0]!;
    render(<MonthGrid plan={plan} today="2026-12-01" />);
    const month = first.date.slice(0, 7);
    for (const step of first.prep.filter((p) => p.remind && p.date.startsWith(month)))
      expect(cellOf(step.date).textContent).toContain("Prep");
    const noSun = first.aftercare.find((step) => step.code === "no-sun")!;
    expect(cellOf(noSun.from).textContent).toContain("No sun");
    expect(cellOf(noSun.to).textContent).toContain("No sun");
    expect(screen.getByText(noSun.text)).toBeTruthy();
  });

  it("moves to the next and previous months, showing each month's sessions on their days", async () => {
    const user = userEvent.setup();
    const [first, second] = [plan.schedule[0]!, plan.schedule[1]!];
    const months = (date: string) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7));
    const steps = months(second.date) - months(first.date);
    expect(steps).toBeGreaterThan(0);
    render(<MonthGrid plan={plan} today="2026-12-01" />);
    for (let i = 0; i < steps; i++)
      await user.click(screen.getByRole("button", { name: "Next month" }));
    expect(screen.getByRole("heading", { level: 2 }).textContent).toBe(monthName(second.date));
    expect(cellOf(second.date).textContent).toContain("Session 2");
    for (let i = 0; i < steps; i++)
      await user.click(screen.getByRole("button", { name: "Previous month" }));
    expect(screen.getByRole("heading", { level: 2 }).textContent).toBe(monthName(first.date));
    expect(cellOf(first.date).textContent).toContain("Session 1");
  });

  it("highlights today's date for orientation", () => {
    const first = plan.schedule[0]!;
    const today = `${first.date.slice(0, 7)}-15`;
    render(<MonthGrid plan={plan} today={today} />);
    const cell = cellOf(today);
    expect(cell.getAttribute("aria-current")).toBe("date");
    expect(cell.textContent).toContain("today");
    expect(
      screen.getAllByRole("cell").filter((td) => td.hasAttribute("aria-current")),
    ).toHaveLength(1);
  });
});
