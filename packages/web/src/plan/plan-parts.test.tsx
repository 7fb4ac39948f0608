import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { Disclaimer } from "./disclaimer";
import { PackComparison } from "./pack-comparison";
import { PlanSummary } from "./plan-summary";
import { ScreeningNotice } from "./screening-notice";
import { SessionTimeline } from "./session-timeline";
import { planFor } from "./test-plans";
import { WhyList } from "./why-list";

describe("plan parts", () => {
  it("gives the answer first: sessions, interval and dates", () => {
    render(<PlanSummary plan={planFor()} />);
    const summary = screen.getByRole("region", { name: "Your plan at a glance" });
    expect(summary.textContent).toContain("4 sessions, about 6 weeks apart, from Sat 9 Jan 2027");
    const dates = within(summary)
      .getAllByRole("listitem")
      .filter((li) => li.textContent?.startsWith("Session"));
    expect(dates.map((li) => li.textContent)).toEqual([
      "Session 1: Sat 9 Jan 2027",
      "Session 2: Sat 20 Feb 2027",
      "Session 3: Sat 3 Apr 2027",
      "Session 4: Sat 15 May 2027",
    ]);
  });
});

describe("screening notice", () => {
  it("explains a pregnancy kindly, with no dates", () => {
    const pregnant = planFor({ health: { pregnant: true } });
    render(
      <>
        <ScreeningNotice plan={pregnant} />
        <PlanSummary plan={pregnant} />
      </>,
    );
    expect(
      screen.getByRole("heading", { name: "Microneedling is not safe for you right now" }),
    ).toBeTruthy();
    expect(screen.getByText(/not done while you are pregnant or breastfeeding/)).toBeTruthy();
    expect(screen.getByText("No sessions for now.")).toBeTruthy();
    expect(screen.queryByRole("heading", { name: "Dates" })).toBeNull();
  });

  it("gives the earliest date when a plan must wait", () => {
    render(
      <ScreeningNotice plan={planFor({ health: { isotretinoin: { stoppedOn: "2026-10-01" } } })} />,
    );
    expect(
      screen.getByRole("heading", { name: "Not yet: it is best to wait a little" }),
    ).toBeTruthy();
    expect(screen.getByText("The earliest date you could start: Thu 1 Apr 2027.")).toBeTruthy();
  });

  it("says when there is no date yet", () => {
    render(<ScreeningNotice plan={planFor({ health: { activeAcne: "moderate-severe" } })} />);
    expect(screen.getByText(/There is no date for this yet/)).toBeTruthy();
  });
});

describe("session timeline", () => {
  it("lists each session with its steps before and after", () => {
    render(<SessionTimeline plan={planFor()} />);
    expect(screen.getByRole("heading", { name: "Session 1: Sat 9 Jan 2027" })).toBeTruthy();
    expect(screen.getAllByText(/Stop topical retinoids/).length).toBe(4);
    expect(screen.getAllByText("Needle depth on the cheeks: 1–1.5 mm").length).toBe(4);
  });
});

describe("why list", () => {
  it("names every rule with its grade, meaning and sources", () => {
    render(<WhyList plan={planFor()} />);
    const sessions = screen.getByRole("region", { name: "Number of sessions" });
    expect(within(sessions).getByText("Rule: sessions.acne-scars.moderate")).toBeTruthy();
    expect(within(sessions).getAllByText("Evidence grade B").length).toBeGreaterThan(0);
    expect(screen.getAllByText(/Strong: regulators/).length).toBeGreaterThan(0);
  });
});

describe("pack comparison", () => {
  it("shows the numbers that differ side by side", () => {
    render(<PackComparison plan={planFor()} other={planFor({ rules: "evidence" })} />);
    const table = screen.getByRole("table");
    const row = within(table).getByRole("row", { name: /Recommended weeks apart/ });
    expect(
      within(row)
        .getAllByRole("cell")
        .map((cell) => cell.textContent),
    ).toEqual(["6", "4"]);
  });
});

describe("disclaimer", () => {
  it("shows the plan's statement in full", () => {
    const p = planFor();
    render(<Disclaimer plan={p} />);
    expect(screen.getByRole("region", { name: "Please read" }).textContent).toContain(p.disclaimer);
  });
});
