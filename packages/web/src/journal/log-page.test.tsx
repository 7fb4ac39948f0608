import type { PerformedSessionInput } from "@mnplan/core";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { COURSE_ID } from "./fake-journal-server";
import LogPage from "./log-page";
import { fakeDateEachTest, serveJournal, type JournalServer } from "./serve-journal";

const SESSION_1: PerformedSessionInput = {
  date: "2027-01-04",
  setting: "clinic",
  device: "pen",
  depthByArea: [
    { area: "cheeks", depthMm: 1 },
    { area: "forehead", depthMm: 0.5 },
  ],
};

async function open(form: "session" | "check-in" | "rating") {
  window.history.replaceState(null, "", `/course/${COURSE_ID}/log?form=${form}`);
  render(<LogPage params={{ id: COURSE_ID }} />);
  return screen.findByRole("heading", { level: 1, name: "Log what happened" });
}

/** The chosen form's panel (the others stay mounted, hidden). */
const panel = () => within(screen.getByRole("tabpanel"));
const input = (name: string | RegExp) => panel().getByRole<HTMLInputElement>("textbox", { name });
const dateInput = () => panel().getByLabelText<HTMLInputElement>("Date");
const posts = (server: JournalServer) => server.calls.filter((call) => call.method === "POST");
const errorOf = (element: HTMLElement) =>
  (element.getAttribute("aria-describedby") ?? "")
    .split(" ")
    .map((id) => document.getElementById(id)?.textContent)
    .join(" ");

fakeDateEachTest();

describe("logging a session", () => {
  it("starts from the plan: the next session's date, the course's setting and each area's depth", async () => {
    const server = serveJournal("2027-01-04");
    server.seed({ sessions: [SESSION_1] });
    vi.setSystemTime(new Date("2027-02-17T12:00:00Z")); // session 2 was planned for Mon 15 Feb
    await open("session");
    expect(dateInput().value).toBe("2027-02-15");
    expect(screen.getByRole<HTMLInputElement>("radio", { name: "At a clinic" }).checked).toBe(true);
    expect(screen.getByRole<HTMLInputElement>("radio", { name: "Pen (automatic)" }).checked).toBe(
      true,
    );
    expect(input("Cheeks (mm)").value).toBe("1");
    expect(input("Forehead (mm)").value).toBe("0.5");
    expect(screen.getByText("Planned: 1–1.5 mm")).toBeTruthy();

    await userEvent.type(input(/Passes/), "2");
    await userEvent.click(screen.getByRole("button", { name: "Save" }));
    expect(await screen.findByText("Session on Mon 15 Feb 2027 saved.")).toBeTruthy();
    expect(posts(server)).toEqual([
      {
        method: "POST",
        url: `/api/courses/${COURSE_ID}/sessions`,
        body: { ...SESSION_1, date: "2027-02-15", passes: 2 },
      },
    ]);
    expect(screen.getByRole("link", { name: "See your updated plan" }).getAttribute("href")).toBe(
      `/course/${COURSE_ID}`,
    );
  });

  it("refused as too early: says the date it becomes allowed and keeps every answer", async () => {
    const server = serveJournal("2027-01-04");
    server.seed({ sessions: [SESSION_1] });
    vi.setSystemTime(new Date("2027-01-20T12:00:00Z"));
    await open("session");
    const date = dateInput();
    expect(date.value).toBe("2027-01-20");
    await userEvent.clear(input("Cheeks (mm)"));
    await userEvent.type(input("Cheeks (mm)"), "1.25");
    await userEvent.type(input(/Notes/), "Went well");
    await userEvent.click(screen.getByRole("button", { name: "Save" }));

    const notice = await screen.findByRole("heading", { name: /too soon after your last session/ });
    expect(notice.parentElement?.textContent).toContain(
      "The earliest allowed date is Mon 1 Feb 2027.",
    );
    expect(date.getAttribute("aria-invalid")).toBe("true");
    expect(errorOf(date)).toContain(
      "Too soon after the last session: allowed from Mon 1 Feb 2027.",
    );
    expect(date.value).toBe("2027-01-20");
    expect(input("Cheeks (mm)").value).toBe("1.25");
    expect(input(/Notes/).value).toBe("Went well");
    expect(posts(server)).toHaveLength(1);
  });

  it("before the recommended date: kept, with a warning saying when was recommended", async () => {
    const server = serveJournal("2027-01-04");
    server.seed({ sessions: [SESSION_1] });
    vi.setSystemTime(new Date("2027-02-05T12:00:00Z"));
    await open("session");
    await userEvent.click(panel().getByRole("button", { name: "Save" }));
    const note = await panel().findByRole("heading", { name: "Please note" });
    expect(note.parentElement?.textContent).toContain(
      "Allowed, but earlier than recommended (Mon 15 Feb 2027)",
    );
    await userEvent.click(panel().getByRole("button", { name: "Add another" }));
    expect(document.activeElement).toBe(panel().getByRole("heading", { name: "Log a session" }));
  });

  it("puts each field error on its own input", async () => {
    const server = serveJournal("2027-01-04");
    await open("session");
    await userEvent.clear(input("Forehead (mm)"));
    await userEvent.type(input("Forehead (mm)"), "4");
    await userEvent.type(input(/Passes/), "0");
    await userEvent.click(screen.getByRole("button", { name: "Save" }));

    const summary = await screen.findByRole("alert");
    expect(within(summary).getByText(/Forehead/)).toBeTruthy();
    const forehead = input("Forehead (mm)");
    expect(forehead.getAttribute("aria-invalid")).toBe("true");
    expect(errorOf(forehead)).toContain("Use 3 or less.");
    expect(input("Cheeks (mm)").getAttribute("aria-invalid")).toBeNull();
    expect(input(/Passes/).getAttribute("aria-invalid")).toBe("true");
    expect(errorOf(input(/Passes/))).toContain("Use 1 or more.");
    expect(forehead.value).toBe("4");
    expect(posts(server)[0]?.body).toMatchObject({
      depthByArea: [
        { area: "cheeks", depthMm: 1 },
        { area: "forehead", depthMm: 4 },
      ],
      passes: 0,
    });
  });

  it("does not send a depth that is not a number, and says so beside it", async () => {
    const server = serveJournal("2027-01-04");
    await open("session");
    await userEvent.clear(input("Cheeks (mm)"));
    await userEvent.type(input("Cheeks (mm)"), "deep");
    await userEvent.click(screen.getByRole("button", { name: "Save" }));
    expect(errorOf(input("Cheeks (mm)"))).toContain("Enter a number, such as 1.5");
    expect(posts(server)).toHaveLength(0);
  });
});

describe("the daily check-in", () => {
  it("a strong reaction moves the next session, and the page says why", async () => {
    const server = serveJournal("2027-01-04");
    server.seed({ sessions: [SESSION_1] });
    vi.setSystemTime(new Date("2027-01-05T08:00:00Z"));
    await open("check-in");
    expect(dateInput().value).toBe("2027-01-05");
    const choose = (score: string, level: string) =>
      userEvent.click(
        within(panel().getByRole("group", { name: score })).getByRole("radio", { name: level }),
      );
    await choose("Redness", "3 Severe");
    await choose("Swelling", "1 Mild");
    await choose("Pain or soreness", "0 None");
    await choose("Flaking", "0 None");
    await userEvent.click(panel().getByRole("button", { name: "Save" }));

    expect(await screen.findByText("Check-in for Tue 5 Jan 2027 saved.")).toBeTruthy();
    expect(posts(server)).toEqual([
      {
        method: "POST",
        url: `/api/courses/${COURSE_ID}/check-ins`,
        body: { date: "2027-01-05", redness: 3, swelling: 1, pain: 0, flaking: 0 },
      },
    ]);
    const changes = within(panel().getByRole("list", { name: "What changed in your plan" }));
    expect(
      changes.getByText(
        "Session 2 moves from Mon 15 Feb 2027 to Mon 1 Mar 2027: the interval after session 1 is longer.",
      ),
    ).toBeTruthy();
    expect(changes.getByText(/Session 2 waits 8 weeks instead of 6/)).toBeTruthy();
    expect(
      changes.getAllByText("Rule adapt.slow-reaction, evidence grade C").length,
    ).toBeGreaterThan(0);
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("a warning sign turns the page into a clear 'see a professional' state", async () => {
    const server = serveJournal("2027-01-04");
    server.seed({ sessions: [SESSION_1] });
    vi.setSystemTime(new Date("2027-01-09T08:00:00Z"));
    await open("check-in");
    for (const score of ["Redness", "Swelling", "Pain or soreness", "Flaking"])
      await userEvent.click(
        within(panel().getByRole("group", { name: score })).getByRole("radio", { name: "1 Mild" }),
      );
    await userEvent.click(panel().getByRole("checkbox", { name: "Fever" }));
    expect(panel().getByText(/You ticked a warning sign/)).toBeTruthy();
    await userEvent.click(panel().getByRole("button", { name: "Save" }));

    expect(posts(server)[0]?.body).toMatchObject({ warningSigns: ["fever"] });
    // The saved result's alert comes first; the page's own follows once the course has reloaded.
    const alert = (await screen.findAllByRole("alert")).at(-1) as HTMLElement;
    expect(
      within(alert).getByRole("heading", { name: /See a professional before any further session/ }),
    ).toBeTruthy();
    expect(alert.textContent).toContain("On Sat 9 Jan 2027 you reported: fever.");
    expect(alert.textContent).toContain("seek medical care today");
    expect(alert.textContent).toContain("Contact your practitioner or doctor");
    // The page itself now stands paused: the same alert heads it, from the course's check-ins.
    await waitFor(() => expect(screen.getAllByRole("alert")).toHaveLength(2));
    const top = screen.getAllByRole("alert")[0] as HTMLElement;
    await waitFor(() => expect(top.textContent).toContain("you reported: fever."));
    expect(server.calls.at(-1)).toMatchObject({
      method: "GET",
      url: `/api/courses/${COURSE_ID}/check-ins`,
    });
  });

  it("asks for every score before sending", async () => {
    const server = serveJournal("2027-01-04");
    await open("check-in");
    await userEvent.click(panel().getByRole("button", { name: "Save" }));
    const redness = within(panel().getByRole("group", { name: "Redness" }));
    expect(redness.getAllByRole("radio")[0]?.getAttribute("aria-invalid")).toBe("true");
    expect(redness.getByText("Choose one")).toBeTruthy();
    expect(posts(server)).toHaveLength(0);
  });
});

describe("progress ratings", () => {
  it("rates each concern of the course on the chosen date", async () => {
    const server = serveJournal("2027-03-01");
    await open("rating");
    const scale = panel().getByRole("group", { name: "Acne scars: how much better?" });
    await userEvent.click(within(scale).getByRole("radio", { name: "6" }));
    await userEvent.click(panel().getByRole("button", { name: "Save" }));
    expect(await screen.findByText("Rating for Mon 1 Mar 2027 saved.")).toBeTruthy();
    expect(posts(server)).toEqual([
      {
        method: "POST",
        url: `/api/courses/${COURSE_ID}/ratings`,
        body: { date: "2027-03-01", concern: "acne-scars", score: 6 },
      },
    ]);
  });
});

describe("the forms' tabs", () => {
  it("move with the arrow keys and keep what was typed in each form", async () => {
    serveJournal("2027-01-04");
    await open("session");
    await userEvent.type(input(/Notes/), "Numbing helped");
    const tab = screen.getByRole("tab", { name: "Session" });
    tab.focus();
    await userEvent.keyboard("{ArrowRight}");
    expect(screen.getByRole("tab", { name: "Check-in" }).getAttribute("aria-selected")).toBe(
      "true",
    );
    expect(document.activeElement).toBe(screen.getByRole("tab", { name: "Check-in" }));
    expect(panel().getByRole("heading", { name: "Daily check-in" })).toBeTruthy();
    await userEvent.keyboard("{ArrowLeft}");
    expect(input(/Notes/).value).toBe("Numbing helped");
  });
});
