import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { COMPLETE_REQUEST as COMPLETE, saveDraft } from "../../test/fixtures";
import { mockFetch } from "../../test/mock-fetch";
import { COURSES_KEY } from "../lib/courses";
import PlanPage from "./plan-page";

const renderPage = () => render(<PlanPage params={{}} />);

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("plan page", () => {
  it("sends someone with no answers to the questionnaire", () => {
    renderPage();
    expect(screen.getByRole("heading", { name: "No plan yet" })).toBeTruthy();
    expect(screen.getByRole("link", { name: "Answer the questions" }).getAttribute("href")).toBe(
      "/start",
    );
  });

  it("gives the answer first, then safety, the disclaimer and why", () => {
    saveDraft(COMPLETE, 8);
    renderPage();
    const headings = screen.getAllByRole("heading", { level: 2 }).map((h) => h.textContent);
    expect(headings.slice(0, 3)).toEqual([
      "Your plan at a glance",
      "Nothing in your answers says you should wait",
      "Please read",
    ]);
    expect(screen.getByText(/^4 sessions, about 6 weeks apart, from Sat 11 Jan 2031/)).toBeTruthy();
    expect(screen.getByRole("region", { name: "Please read" }).textContent).toContain(
      "not a diagnosis",
    );
    const why = screen.getByRole("region", { name: "Why these numbers" });
    expect(within(why).getByText("Rule: sessions.acne-scars.moderate")).toBeTruthy();
    expect(within(why).getAllByText(/^Evidence grade [ABCD]$/).length).toBeGreaterThan(5);
  });

  it("shows where the guideline and the evidence differ, and can switch", async () => {
    const user = userEvent.setup();
    saveDraft(COMPLETE, 8);
    renderPage();
    const compare = screen.getByRole("region", {
      name: "Where the guideline and the evidence differ",
    });
    const row = within(compare).getByRole("row", { name: /Recommended weeks apart/ });
    expect(
      within(row)
        .getAllByRole("cell")
        .map((c) => c.textContent),
    ).toEqual(["6", "4"]);
    await user.click(within(compare).getByRole("button", { name: /Use the evidence numbers/ }));
    expect(screen.getByText("Numbers from the Evidence rules.")).toBeTruthy();
  });

  it("gives a pregnant person no dates and a kind explanation", () => {
    saveDraft({ ...COMPLETE, health: { pregnant: true } }, 8);
    renderPage();
    expect(
      screen.getByRole("heading", { name: "Microneedling is not safe for you right now" }),
    ).toBeTruthy();
    expect(screen.getByText(/not done while you are pregnant or breastfeeding/)).toBeTruthy();
    expect(screen.queryByRole("heading", { name: "Dates" })).toBeNull();
    expect(screen.queryByRole("button", { name: "Follow this plan" })).toBeNull();
    expect(screen.getByRole("region", { name: "Please read" })).toBeTruthy();
  });

  it("starts following the plan and opens the course", async () => {
    const user = userEvent.setup();
    const calls = mockFetch({
      "POST /api/courses": {
        status: 201,
        body: { id: "c1", label: "x", createdAt: "2030-12-01T10:00:00Z" },
      },
    });
    saveDraft(COMPLETE, 8);
    renderPage();
    await user.click(screen.getByRole("button", { name: "Follow this plan" }));
    await vi.waitFor(() => expect(window.location.pathname).toBe("/course/c1"));
    expect(calls.map((call) => `${call.method} ${call.path}`)).toEqual(["POST /api/courses"]);
    const body = calls[0]!.body as { request: Record<string, unknown>; label: string };
    expect(body.request).toMatchObject(COMPLETE);
    expect(body.label).toBe("Acne scars from Sat 11 Jan 2031");
    expect(window.localStorage.getItem(COURSES_KEY)).toContain('"c1"');
  });

  it("says calmly when the plan could not be saved", async () => {
    const user = userEvent.setup();
    vi.stubGlobal(
      "fetch",
      vi.fn(() => Promise.reject(new TypeError("Failed to fetch"))),
    );
    saveDraft(COMPLETE, 8);
    renderPage();
    await user.click(screen.getByRole("button", { name: "Follow this plan" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Nothing is lost");
    expect(window.location.pathname).toBe("/");
  });
});
