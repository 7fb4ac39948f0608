// What a saved entry did: the confirmation, any warnings, and what changed in the plan and why.
import type { WarningSignReport } from "@mnplan/core";
import { useEffect, useId, useRef } from "react";
import { Link } from "../lib/router";
import { t } from "../strings";
import { formatDatesIn } from "./format-dates-in";
import { PlanChanges } from "./plan-changes";
import type { EntryReply } from "./post-entry";
import { SeeAProfessional } from "./see-a-professional";

interface SavedResultProps {
  readonly courseId: string;
  readonly packId: string;
  readonly message: string;
  readonly reply: EntryReply;
  /** The warning signs this entry reported, when it paused the course. */
  readonly signs?: readonly WarningSignReport[];
  readonly onAgain: () => void;
}

export function SavedResult({
  courseId,
  packId,
  message,
  reply,
  signs,
  onAgain,
}: SavedResultProps) {
  const words = t.journal.log;
  const heading = useRef<HTMLHeadingElement>(null);
  const changesId = useId();
  useEffect(() => heading.current?.focus(), []);
  const { changes, state } = reply.plan;
  const paused = state === "paused" && changes.some((change) => change.code === "paused");
  return (
    <div className="journal-saved">
      {paused && <SeeAProfessional reports={signs ?? []} />}
      <div role="status" className="notice notice-ok">
        <h3 ref={heading} tabIndex={-1}>
          {words.saved}
        </h3>
        <p>{message}</p>
      </div>
      {reply.warnings.length > 0 && (
        <div className="notice notice-caution">
          <h3>{words.warningsTitle}</h3>
          <ul>
            {reply.warnings.map((warning) => (
              <li key={warning.code}>{formatDatesIn(warning.message)}</li>
            ))}
          </ul>
        </div>
      )}
      <h3 id={changesId}>{words.changesTitle}</h3>
      {changes.length > 0 ? (
        <PlanChanges changes={changes} packId={packId} labelledBy={changesId} />
      ) : (
        <p>{t.journal.overview.noNewChanges}</p>
      )}
      <p className="journal-actions">
        <Link to={`/course/${encodeURIComponent(courseId)}`} className="button button-primary">
          {words.seePlan}
        </Link>
        <button type="button" onClick={onAgain}>
          {words.again}
        </button>
      </p>
    </div>
  );
}
