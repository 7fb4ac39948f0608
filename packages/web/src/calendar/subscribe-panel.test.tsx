import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { mockFetch } from "../../test/mock-fetch";
import { SubscribePanel } from "./subscribe-panel";

const FEED = "http://planner.example/feeds/s3cr3t-token.ics";

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("SubscribePanel", () => {
  it("creates the feed link, shows it once with a webcal variant and app instructions", async () => {
    const seen = mockFetch({
      "POST /api/courses/c%201/feed": { status: 201, body: { url: FEED } },
    });
    render(<SubscribePanel courseId="c 1" />);
    expect(screen.getByText(/Anyone who has this link can see/)).toBeTruthy();
    expect(screen.queryByRole("textbox")).toBeNull();
    await userEvent.click(screen.getByRole("button", { name: "Create my calendar link" }));
    expect(seen).toEqual([{ method: "POST", path: "/api/courses/c%201/feed", body: undefined }]);
    const field = screen.getByRole<HTMLInputElement>("textbox", { name: "Your calendar link" });
    expect(field.value).toBe(FEED);
    expect(field.readOnly).toBe(true);
    expect(document.activeElement).toBe(field);
    expect(screen.getByText(/cannot show it again/)).toBeTruthy();
    expect(screen.getByRole("link", { name: "Open in my calendar app" }).getAttribute("href")).toBe(
      "webcal://planner.example/feeds/s3cr3t-token.ics",
    );
    for (const app of ["Google Calendar", "Apple Calendar on iPhone or iPad", "Outlook"])
      expect(screen.getByText(app)).toBeTruthy();
    expect(screen.getByRole("button", { name: "Make a new link" })).toBeTruthy();
  });

  it("stops sharing only after confirmation, with DELETE, and says so", async () => {
    const seen = mockFetch({
      "POST /api/courses/c1/feed": { status: 201, body: { url: FEED } },
      "DELETE /api/courses/c1/feed": { status: 204 },
    });
    const user = userEvent.setup();
    render(<SubscribePanel courseId="c1" />);
    await user.click(screen.getByRole("button", { name: "Create my calendar link" }));
    await user.click(screen.getByRole("button", { name: "Stop sharing this calendar" }));
    expect(document.activeElement).toBe(
      screen.getByRole("heading", { name: "Stop sharing this calendar?" }),
    );
    await user.click(screen.getByRole("button", { name: "Keep sharing" }));
    expect(seen.map((r) => r.method)).toEqual(["POST"]);
    expect(screen.getByRole("textbox", { name: "Your calendar link" })).toBeTruthy();

    await user.click(screen.getByRole("button", { name: "Stop sharing this calendar" }));
    await user.click(screen.getByRole("button", { name: "Yes, stop sharing" }));
    expect(seen.map((r) => `${r.method} ${r.path}`)).toEqual([
      "POST /api/courses/c1/feed",
      "DELETE /api/courses/c1/feed",
    ]);
    expect(screen.queryByRole("textbox")).toBeNull();
    expect(screen.getByText(/Sharing has stopped/)).toBeTruthy();
  });

  it("explains a refusal from the server", async () => {
    mockFetch({
      "POST /api/courses/c1/feed": { status: 404, body: { title: "No such course", status: 404 } },
    });
    render(<SubscribePanel courseId="c1" />);
    await userEvent.click(screen.getByRole("button", { name: "Create my calendar link" }));
    expect(screen.getByRole("alert").textContent).toContain("No such course");
  });
});
