import type { CalendarDate, TreatmentPlan } from "@mnplan/core";
import { useState } from "react";
import { t } from "../strings";
import { MonthGrid } from "./month-grid";
import { SessionList } from "./session-list";

const words = t.calendar.views;

/** The plan's calendar as a month grid or as a list, with a switch between the two. */
export function CalendarViews({ plan, today }: { plan: TreatmentPlan; today: CalendarDate }) {
  const [view, setView] = useState<"month" | "list">("month");
  return (
    <>
      <div role="group" aria-label={words.label} className="view-switch no-print">
        {(["month", "list"] as const).map((name) => (
          <button
            key={name}
            type="button"
            aria-pressed={view === name}
            onClick={() => setView(name)}
          >
            {words[name]}
          </button>
        ))}
      </div>
      {view === "month" ? <MonthGrid plan={plan} today={today} /> : <SessionList plan={plan} />}
    </>
  );
}
