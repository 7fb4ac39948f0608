import type { Course } from "@mnplan/core";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { captureDownloads } from "../../test/capture-downloads";
import { mockFetch } from "../../test/mock-fetch";
import CourseCalendarPage from "./course-calendar-page";
import { readEvents } from "./read-events";
import { sampleCourse } from "./sample-plan";

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

function serve(course: Course) {
  return mockFetch({ [`GET /api/courses/${course.id}`]: { status: 200, body: course } });
}

describe("a followed course's calendar page", () => {
  it("shows the course's sessions and downloads them with the course's stable UIDs", async () => {
    const course = sampleCourse("course-1", 3);
    serve(course);
    const files = captureDownloads();
    render(<CourseCalendarPage params={{ id: "course-1" }} />);
    expect(await screen.findByRole("table")).toBeTruthy();
    expect(screen.getByRole("link", { name: "Calendar" }).getAttribute("href")).toBe(
      "/course/course-1/calendar",
    );
    await userEvent.click(screen.getByRole("button", { name: "Download calendar file (.ics)" }));
    const events = readEvents(await files[0]!.blob.text());
    const { schedule } = course.current.plan;
    expect(events).toEqual(
      schedule.map((s) => ({
        uid: `course-1-session-${s.number}@mnplan`,
        start: s.date,
        sequence: 3,
      })),
    );
    expect(screen.getByRole("button", { name: "Create my calendar link" })).toBeTruthy();
  });

  it("says kindly when the course is paused", async () => {
    const course = sampleCourse("course-2");
    const paused: Course = {
      ...course,
      current: {
        ...course.current,
        state: "paused",
        plan: { ...course.current.plan, schedule: [] },
      },
    };
    serve(paused);
    render(<CourseCalendarPage params={{ id: "course-2" }} />);
    expect(await screen.findByText(/This course is paused/)).toBeTruthy();
    expect(screen.queryByRole("table")).toBeNull();
    expect(screen.queryByText("No session dates in this plan")).toBeNull();
  });
});
