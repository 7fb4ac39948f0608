import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { captureDownloads } from "../../test/capture-downloads";
import { saveDraft } from "../../test/fixtures";
import { mockFetch } from "../../test/mock-fetch";
import DraftCalendarPage from "./draft-calendar-page";
import { readEvents } from "./read-events";
import { SAMPLE_REQUEST, sampleCourse, samplePlan } from "./sample-plan";

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe("the draft plan's calendar page", () => {
  it("asks for answers first when there is no complete draft", () => {
    saveDraft({ age: 34 }, 9);
    render(<DraftCalendarPage params={{}} />);
    expect(screen.getByRole("heading", { name: "No plan yet" })).toBeTruthy();
    expect(screen.getByRole("link", { name: "Continue my answers" }).getAttribute("href")).toBe(
      "/start",
    );
    expect(screen.queryByRole("table")).toBeNull();
  });

  it("says there are no dates, and points to the plan, when the plan has no schedule", () => {
    saveDraft({ ...SAMPLE_REQUEST, health: { pregnant: true } }, 9);
    render(<DraftCalendarPage params={{}} />);
    expect(screen.getByRole("heading", { name: "No session dates in this plan" })).toBeTruthy();
    expect(screen.getByRole("link", { name: "See my plan" }).getAttribute("href")).toBe("/plan");
    expect(screen.queryByRole("button", { name: /Download/ })).toBeNull();
    expect(screen.getByText(/general information, not a diagnosis/)).toBeTruthy();
  });

  it("downloads a calendar file with one event per session on the plan's dates", async () => {
    saveDraft(SAMPLE_REQUEST, 9);
    const files = captureDownloads();
    render(<DraftCalendarPage params={{}} />);
    expect(screen.getByRole("table")).toBeTruthy();
    await userEvent.click(screen.getByRole("button", { name: "Download calendar file (.ics)" }));
    expect(files.map((file) => file.name)).toEqual(["microneedling-plan.ics"]);
    const events = readEvents(await files[0]!.blob.text());
    const plan = samplePlan();
    expect(events.map((event) => event.start)).toEqual(plan.schedule.map((s) => s.date));
    expect(events.map((event) => event.uid)).toEqual(
      plan.schedule.map((s) => `${plan.id}-session-${s.number}@mnplan`),
    );
  });

  it("follows the plan and goes to the new course's calendar to subscribe", async () => {
    saveDraft(SAMPLE_REQUEST, 9);
    const seen = mockFetch({
      "POST /api/courses": { status: 201, body: sampleCourse("new-course") },
    });
    render(<DraftCalendarPage params={{}} />);
    await userEvent.click(screen.getByRole("button", { name: "Follow this plan" }));
    expect(window.location.pathname).toBe("/course/new-course/calendar");
    expect(seen.map((r) => `${r.method} ${r.path}`)).toEqual(["POST /api/courses"]);
    const body = seen[0]!.body as { request: unknown; label: string };
    expect(body.request).toMatchObject(SAMPLE_REQUEST);
    // The same name the plan page's "Follow this plan" gives: the concern and the first date.
    expect(body.label).toMatch(/^Acne scars from \w{3} \d{1,2} \w{3} \d{4}$/);
  });
});
