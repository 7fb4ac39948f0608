// Earlier versions of a course's plan, newest first, each with what it changed and why. Loaded
// when the reader opens the list.
import { todayInZone, type PlanRevision } from "@mnplan/core";
import { useState } from "react";
import { apiFetch } from "../lib/api";
import { formatDate } from "../lib/format-date";
import { t } from "../strings";
import { PlanChanges } from "./plan-changes";

type Load =
  | { readonly status: "closed" | "loading" | "failed" }
  | { readonly status: "ready"; readonly revisions: readonly PlanRevision[] };

/** When a revision was made and what prompted it, in words: its day in the course's time zone. */
export function describeRevision(revision: PlanRevision, timeZone: string): string {
  const day = formatDate(todayInZone(Date.parse(revision.createdAt), timeZone));
  const cause = t.journal.overview.causes[revision.cause] ?? t.journal.overview.causeOther;
  return t.journal.overview.changesWhen(day, cause);
}

interface RevisionHistoryProps {
  readonly courseId: string;
  readonly current: number;
  readonly packId: string;
  readonly timeZone: string;
}

export function RevisionHistory({ courseId, current, packId, timeZone }: RevisionHistoryProps) {
  const words = t.journal.overview;
  const [load, setLoad] = useState<Load>({ status: "closed" });
  const open = () => {
    if (load.status !== "closed" && load.status !== "failed") return;
    setLoad({ status: "loading" });
    apiFetch<{ items: PlanRevision[] }>(
      `/api/courses/${encodeURIComponent(courseId)}/revisions`,
    ).then(
      ({ items }) => setLoad({ status: "ready", revisions: items }),
      () => setLoad({ status: "failed" }),
    );
  };
  const earlier =
    load.status === "ready"
      ? load.revisions.filter((revision) => revision.number < current).reverse()
      : [];
  return (
    <details
      className="journal-history"
      onToggle={(event) => {
        if (event.currentTarget.open) open();
      }}
    >
      <summary>{words.historyTitle}</summary>
      {load.status === "loading" && <p className="loading">{words.historyLoading}</p>}
      {load.status === "failed" && <p className="notice notice-caution">{words.historyFailed}</p>}
      <ol reversed>
        {earlier.map((revision) => (
          <li key={revision.number}>
            <h3>{words.revision(revision.number)}</h3>
            <p className="hint">{describeRevision(revision, timeZone)}</p>
            {revision.changes.length > 0 ? (
              <PlanChanges changes={revision.changes} packId={packId} />
            ) : (
              revision.number > 0 && <p>{words.noNewChanges}</p>
            )}
          </li>
        ))}
      </ol>
    </details>
  );
}
