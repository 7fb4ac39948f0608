import { DISCLAIMER } from "@mnplan/core";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { COMPLETE_REQUEST as COMPLETE, saveDraft } from "../../test/fixtures";
import { DRAFT_KEY } from "../lib/draft";
import QuestionnairePage from "./questionnaire-page";

function storedDraft(): { request: Record<string, unknown>; step: number } {
  return JSON.parse(window.localStorage.getItem(DRAFT_KEY) ?? "null") as {
    request: Record<string, unknown>;
    step: number;
  };
}

const renderPage = () => render(<QuestionnairePage params={{}} />);
const preview = () => screen.getByTestId("plan-preview");

describe("questionnaire steps", () => {
  it("checks only the step's answers before going on, with errors tied to the field", async () => {
    const user = userEvent.setup();
    renderPage();
    expect(screen.getByText("Step 1 of 8")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Next" }));

    const alert = screen.getByRole("alert");
    expect(alert.textContent).toContain("Choose at least one thing you would like to treat.");
    const group = screen.getByRole("group", { name: /Things to treat/ });
    const error = document.getElementById(group.getAttribute("aria-describedby") ?? "");
    expect(error?.textContent).toBe("Choose at least one thing you would like to treat.");
    expect(screen.getByText("Step 1 of 8")).toBeTruthy();

    await user.click(screen.getByRole("checkbox", { name: /Acne scars/ }));
    await user.click(screen.getByRole("button", { name: "Next" }));
    expect(screen.getByRole("alert").textContent).toContain(
      "Choose at least one area for the acne scars.",
    );

    await user.click(screen.getByRole("checkbox", { name: /^cheeks/ }));
    expect(screen.queryByRole("alert")).toBeNull();
    await user.click(screen.getByRole("button", { name: "Next" }));
    expect(screen.getByText("Step 2 of 9")).toBeTruthy();
    expect(screen.getByRole("heading", { name: "How marked is it?" })).toBeTruthy();
  });

  it("goes on when later steps are still empty, and back again", async () => {
    const user = userEvent.setup();
    saveDraft({ concerns: [{ concern: "glow", areas: ["cheeks"] }] });
    renderPage();
    await user.click(screen.getByRole("button", { name: "Next" }));
    expect(screen.getByRole("heading", { name: "Your age" })).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Back" }));
    expect(screen.getByRole("heading", { name: "What would you like to treat?" })).toBeTruthy();
  });

  it("keeps the answers and the step when the page is opened again", async () => {
    const user = userEvent.setup();
    const first = renderPage();
    await user.click(screen.getByRole("checkbox", { name: /Fine lines/ }));
    await user.click(screen.getByRole("checkbox", { name: /around the eyes/ }));
    await user.click(screen.getByRole("button", { name: "Next" }));
    first.unmount();

    expect(storedDraft()).toEqual({
      request: { concerns: [{ concern: "fine-lines", areas: ["periorbital"] }] },
      step: 1,
    });
    renderPage();
    expect(screen.getByRole("heading", { name: "How marked is it?" })).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Back" }));
    const eyes = screen.getByRole("checkbox", { name: /around the eyes/ });
    expect((eyes as HTMLInputElement).checked).toBe(true);
  });

  it("writes answers as the contract's request", async () => {
    const user = userEvent.setup();
    saveDraft({ concerns: [{ concern: "glow", areas: ["cheeks"] }] }, 1);
    renderPage();
    await user.type(screen.getByRole("textbox", { name: "How old are you?" }), "41");
    expect(storedDraft().request.age).toBe(41);
  });
});

describe("plan preview", () => {
  it("says kindly what is still needed, and leads to that step", async () => {
    const user = userEvent.setup();
    saveDraft({ concerns: [{ concern: "glow", areas: ["cheeks"] }] });
    renderPage();
    const missing = within(preview())
      .getAllByRole("button")
      .map((b) => b.textContent);
    expect(missing).toEqual([
      "Step 2: your age",
      "Step 3: your skin type",
      "Step 6: clinic or home",
      "Step 7: the first day you could start",
    ]);
    expect(preview().getAttribute("aria-live")).toBe("polite");
    await user.click(within(preview()).getByRole("button", { name: "Step 3: your skin type" }));
    expect(screen.getByRole("heading", { name: "Your skin" })).toBeTruthy();
  });

  it("updates as an answer changes", async () => {
    const user = userEvent.setup();
    saveDraft(COMPLETE, 3);
    renderPage();
    expect(screen.getByRole("region", { name: "Plan preview" })).toBe(preview());
    expect(preview().textContent).toContain("4 sessions, about 6 weeks apart");
    await user.click(screen.getByRole("radio", { name: /Type V\b/ }));
    expect(preview().textContent).toContain("4 sessions, about 8 weeks apart");
    expect(preview().textContent).toContain("You can go ahead, with some care.");
  });

  it("carries the plan's disclaimer wherever it shows a plan", () => {
    saveDraft(COMPLETE, 3);
    renderPage();
    expect(preview().textContent).toContain(DISCLAIMER);
  });

  it("shows the screening result when the plan has no dates", async () => {
    const user = userEvent.setup();
    saveDraft(COMPLETE, 5);
    renderPage();
    await user.click(screen.getByRole("checkbox", { name: "I am pregnant" }));
    expect(preview().textContent).toContain("Not safe for you right now: no sessions.");
    expect(within(preview()).queryByRole("heading", { name: "First dates" })).toBeNull();
  });
});

describe("the last step", () => {
  it("leads to the plan when everything is answered", async () => {
    const user = userEvent.setup();
    saveDraft(COMPLETE, 8);
    renderPage();
    await user.click(screen.getByRole("button", { name: "See my plan" }));
    expect(window.location.pathname).toBe("/plan");
  });

  it("lists what earlier steps still need instead", async () => {
    const user = userEvent.setup();
    saveDraft({ ...COMPLETE, age: undefined }, 8);
    renderPage();
    await user.click(screen.getByRole("button", { name: "See my plan" }));
    expect(window.location.pathname).toBe("/");
    const alert = screen.getByRole("alert");
    await user.click(within(alert).getByRole("button", { name: "Step 3: your age" }));
    expect(screen.getByRole("heading", { name: "Your age" })).toBeTruthy();
  });
});
