import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { samplePlan } from "./sample-plan";
import { SessionList } from "./session-list";

const plan = samplePlan();
const longDate = (date: string) =>
  new Date(`${date}T12:00:00Z`).toLocaleDateString("en-GB", {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });

describe("SessionList", () => {
  it("lists every session with its date, weekday, depth and prep reminders", () => {
    render(<SessionList plan={plan} />);
    expect(screen.getAllByRole("heading", { level: 3 })).toHaveLength(plan.schedule.length);
    for (const session of plan.schedule) {
      const heading = screen.getByRole("heading", {
        name: `Session ${session.number} of ${plan.schedule.length}`,
      });
      const card = heading.closest("li")!;
      expect(card.textContent).toContain(longDate(session.date).replace(",", ""));
      const { min, max } = session.depthByArea[0]!.depthMm;
      expect(card.textContent).toContain(`Cheeks: ${min}–${max} mm`);
      for (const step of session.prep) expect(card.textContent).toContain(step.text);
    }
  });

  it("shows the plan's warning beside the session it is about", () => {
    const warned = plan.warnings.find((warning) => warning.session !== undefined)!;
    expect(warned).toBeDefined();
    render(<SessionList plan={plan} />);
    const card = screen
      .getByRole("heading", { name: `Session ${warned.session} of ${plan.schedule.length}` })
      .closest("li")!;
    expect(card.textContent).toContain(warned.message);
  });
});
