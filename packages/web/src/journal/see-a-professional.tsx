// The unmistakable state of a course paused by a warning sign (rules.md §9): what was reported and
// what to do now, in words and not by colour alone.
import type { WarningSign, WarningSignReport } from "@mnplan/core";
import { useId } from "react";
import { formatDate } from "../lib/format-date";
import { t } from "../strings";

/** Signs that can mean an infection: care the same day, not at the next appointment. */
const URGENT: ReadonlySet<WarningSign> = new Set(["fever", "pus", "spreading-warmth"]);

export function SeeAProfessional({ reports }: { reports: readonly WarningSignReport[] }) {
  const words = t.journal.professional;
  const heading = useId();
  const urgent = reports.some((report) => report.signs.some((sign) => URGENT.has(sign)));
  return (
    <section role="alert" aria-labelledby={heading} className="notice notice-danger journal-alert">
      <h2 id={heading}>
        <span aria-hidden="true" className="journal-alert-icon">
          !
        </span>
        {words.title}
      </h2>
      {reports.map((report) => (
        <p key={report.date}>
          <strong>
            {words.reported(
              t.journal.list(
                report.signs.map((sign) => t.journal.checkIn.signs[sign].label.toLowerCase()),
              ),
              formatDate(report.date),
            )}
          </strong>
        </p>
      ))}
      <p>{words.paused}</p>
      {urgent && (
        <p>
          <strong>{words.urgent}</strong>
        </p>
      )}
      <p>{words.contact}</p>
      <p>{words.after}</p>
    </section>
  );
}
