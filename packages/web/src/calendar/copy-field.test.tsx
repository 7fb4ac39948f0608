import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { CopyField } from "./copy-field";

const URL_TEXT = "https://planner.example/feeds/abc.ics";

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("CopyField", () => {
  it("copies the text to the clipboard and announces it politely", async () => {
    const user = userEvent.setup();
    render(<CopyField label="Your calendar link" value={URL_TEXT} />);
    await user.click(screen.getByRole("button", { name: "Copy" }));
    expect(await navigator.clipboard.readText()).toBe(URL_TEXT);
    const status = screen.getByRole("status");
    expect(status.textContent).toBe("Copied");
  });

  it("selects the text when there is no clipboard, and says how to copy it", async () => {
    vi.stubGlobal("navigator", { ...navigator, clipboard: undefined });
    render(<CopyField label="Your calendar link" value={URL_TEXT} />);
    await userEvent.click(screen.getByRole("button", { name: "Copy" }));
    const field = screen.getByRole<HTMLInputElement>("textbox", { name: "Your calendar link" });
    expect(document.activeElement).toBe(field);
    expect([field.selectionStart, field.selectionEnd]).toEqual([0, URL_TEXT.length]);
    expect(screen.getByRole("status").textContent).toMatch(/selected/);
  });
});
