import { fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { COURSE_ID, photo } from "./journal-fixtures";
import { PhotoCompare } from "./photo-compare";

const first = photo("2027-01-03", "front", "cheeks");
const middle = photo("2027-02-01", "front", "cheeks");
const latest = photo("2027-03-01", "front", "cheeks");
const side = photo("2027-03-02", "left", "chin");
const photos = [middle, side, latest, first];

const altOf = (date: string, area = "cheeks", angle = "front") =>
  `Photo of ${area}, ${angle}, ${date}`;

describe("PhotoCompare", () => {
  it("starts with the first and latest photo of the same area and angle, side by side", () => {
    render(<PhotoCompare courseId={COURSE_ID} photos={photos} />);
    const compare = screen.getByRole("region", { name: "Compare two photos" });
    expect(within(compare).getByLabelText<HTMLSelectElement>("Earlier photo").value).toBe(first.id);
    expect(within(compare).getByLabelText<HTMLSelectElement>("Later photo").value).toBe(latest.id);
    const figures = within(compare).getAllByRole("figure");
    expect(figures.map((f) => f.textContent)).toEqual([
      "Earlier photo: Sun 3 Jan 2027",
      "Later photo: Mon 1 Mar 2027",
    ]);
    const image = within(figures[0]!).getByRole<HTMLImageElement>("img");
    expect(image.alt).toBe(altOf("Sun 3 Jan 2027"));
    expect(image.getAttribute("src")).toBe(`/api/courses/${COURSE_ID}/photos/${first.id}`);
  });

  it("compares any two photos the person picks", async () => {
    const user = userEvent.setup();
    render(<PhotoCompare courseId={COURSE_ID} photos={photos} />);
    await user.selectOptions(screen.getByLabelText("Later photo"), side.id);
    const figures = screen.getAllByRole("figure");
    expect(
      within(figures[1]!).getByRole("img", { name: altOf("Tue 2 Mar 2027", "chin", "left side") }),
    ).toBeTruthy();
  });

  it("shows more or less of the earlier photo as the slider moves", () => {
    render(<PhotoCompare courseId={COURSE_ID} photos={photos} />);
    const slider = screen.getByRole("slider", { name: "How much of the earlier photo to show" });
    const wipe = slider.closest(".compare-wipe")!;
    const top = within(wipe as HTMLElement).getByRole("img", { name: altOf("Sun 3 Jan 2027") });
    expect(slider.getAttribute("aria-valuetext")).toBe("50% earlier photo, 50% later photo");
    expect(top.style.clipPath).toBe("inset(0 50% 0 0)");

    fireEvent.change(slider, { target: { value: "20" } });
    expect(slider.getAttribute("aria-valuetext")).toBe("20% earlier photo, 80% later photo");
    expect(top.style.clipPath).toBe("inset(0 80% 0 0)");
  });

  it("asks for two photos when there is only one", () => {
    render(<PhotoCompare courseId={COURSE_ID} photos={[first]} />);
    expect(screen.getByText("Add at least two photos to compare them.")).toBeTruthy();
    expect(screen.queryByRole("slider")).toBeNull();
  });
});
