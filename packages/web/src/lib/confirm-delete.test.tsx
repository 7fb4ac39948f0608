import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { ConfirmDelete, useConfirmDelete } from "./confirm-delete";

function Thing(props: { remove: () => Promise<void>; focus: "question" | "cancel" }) {
  const deletion = useConfirmDelete(props.remove);
  if (deletion.step === "idle")
    return (
      <button type="button" onClick={deletion.ask}>
        Delete
      </button>
    );
  return (
    <ConfirmDelete
      {...deletion}
      className="confirm"
      focus={props.focus}
      question="Delete it?"
      failed="It could not be deleted."
      yes="Yes, delete"
      no="Keep it"
    />
  );
}

describe("ConfirmDelete", () => {
  it("asks first and puts the focus where asked; Keep goes back", async () => {
    const user = userEvent.setup();
    render(<Thing remove={() => Promise.resolve()} focus="cancel" />);
    await user.click(screen.getByRole("button", { name: "Delete" }));
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Keep it" }));
    await user.click(screen.getByRole("button", { name: "Keep it" }));
    expect(screen.getByRole("button", { name: "Delete" })).toBeTruthy();
  });

  it("says when the delete failed and keeps the question open", async () => {
    const user = userEvent.setup();
    render(<Thing remove={() => Promise.reject(new Error("offline"))} focus="question" />);
    await user.click(screen.getByRole("button", { name: "Delete" }));
    expect(document.activeElement).toBe(screen.getByText("Delete it?"));
    await user.click(screen.getByRole("button", { name: "Yes, delete" }));
    expect((await screen.findByRole("alert")).textContent).toBe("It could not be deleted.");
    expect(screen.getByRole<HTMLButtonElement>("button", { name: "Yes, delete" }).disabled).toBe(
      false,
    );
  });
});
