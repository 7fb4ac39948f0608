import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { Link, matchPath, navigate, usePath } from "./router";

function Where() {
  return <p data-testid="path">{usePath()}</p>;
}

describe("matchPath", () => {
  it.each([
    ["/course/:id", "/course/abc", { id: "abc" }],
    ["/course/:id/log", "/course/a%20b/log", { id: "a b" }],
    ["/plan", "/plan", {}],
    ["/plan", "/plan/calendar", undefined],
    ["/course/:id", "/course/%E0%A4%A", undefined],
  ])("%s against %s", (pattern, path, expected) => {
    expect(matchPath(pattern, path)).toEqual(expected);
  });
});

describe("Link and navigate", () => {
  it("moves to the link's page without reloading, and back with history", async () => {
    render(
      <>
        <Link to="/plan">My plan</Link>
        <Where />
      </>,
    );
    await userEvent.click(screen.getByRole("link", { name: "My plan" }));
    expect(screen.getByTestId("path").textContent).toBe("/plan");
    act(() => navigate("/data"));
    expect(screen.getByTestId("path").textContent).toBe("/data");
  });
});
