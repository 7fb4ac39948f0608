import type { PerformedSessionInput } from "@mnplan/core";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import CoursePage from "./course-page";
import { COURSE_ID } from "./fake-journal-server";
import { fakeDateEachTest, serveJournal } from "./serve-journal";

const SESSION_1: PerformedSessionInput = {
  date: "2027-01-04",
  setting: "clinic",
  device: "pen",
  depthByArea: [{ area: "cheeks", depthMm: 1 }],
};
const CALM = { redness: 1, swelling: 0, pain: 0, flaking: 0 };

async function openOverview() {
  render(<CoursePage params={{ id: COURSE_ID }} />);
  return screen.findByRole("heading", { level: 1, name: "Your course: Cheeks" });
}

fakeDateEachTest();

describe("the course overview", () => {
  it("shows the adapted plan: the next session, what changed and why, the done session", async () => {
    const server = serveJournal("2027-01-05");
    server.seed({ sessions: [SESSION_1] });
    server.seed({ checkIns: [{ date: "2027-01-05", ...CALM, redness: 3 }] });
    await openOverview();

    const next = screen.getByRole("region", { name: "Your next session" });
    expect(within(next).getByText("Session 2: Mon 1 Mar 2027")).toBeTruthy();
    expect(within(next).getByText("Cheeks: 0.75–1.25 mm")).toBeTruthy();
    expect(within(next).getByText(/No waxing, depilatory creams or electrolysis/)).toBeTruthy();

    const changes = screen.getByRole("list", { name: "What changed and why" });
    expect(
      within(changes).getByText(
        "Session 2 moves from Mon 15 Feb 2027 to Mon 1 Mar 2027: the interval after session 1 is longer.",
      ),
    ).toBeTruthy();
    expect(screen.getByText("Tue 5 Jan 2027, after a check-in.")).toBeTruthy();
    expect(screen.getByText("Done")).toBeTruthy();
    expect(screen.getByText(/general information, not a diagnosis/)).toBeTruthy();
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("loads earlier versions of the plan when asked", async () => {
    const server = serveJournal("2027-01-05");
    server.seed({ sessions: [SESSION_1] });
    server.seed({ checkIns: [{ date: "2027-01-05", ...CALM, redness: 3 }] });
    await openOverview();
    expect(server.calls.some((call) => call.url.endsWith("/revisions"))).toBe(false);
    await userEvent.click(screen.getByText("Earlier versions of the plan"));
    expect(await screen.findByRole("heading", { name: "Version 1" })).toBeTruthy();
    expect(screen.getByRole("heading", { name: "The plan as first made" })).toBeTruthy();
    expect(server.calls.at(-1)).toEqual({
      method: "GET",
      url: `/api/courses/${COURSE_ID}/revisions`,
      body: undefined,
    });
  });

  it("after a warning sign: 'see a professional' first, and no next session", async () => {
    const server = serveJournal("2027-01-08");
    server.seed({ sessions: [SESSION_1] });
    server.seed({
      checkIns: [{ date: "2027-01-08", ...CALM, warningSigns: ["pus", "spreading-warmth"] }],
    });
    await openOverview();
    const alert = screen.getByRole("alert");
    expect(
      within(alert).getByRole("heading", { name: /See a professional before any further session/ }),
    ).toBeTruthy();
    expect(
      await within(alert).findByText(/you reported: pus and spreading warmth or redness/),
    ).toBeTruthy();
    expect(alert.textContent).toContain("seek medical care today");
    expect(screen.queryByRole("region", { name: "Your next session" })).toBeNull();
    expect(screen.getByText(/The course is paused: see a professional/)).toBeTruthy();
  });
});
