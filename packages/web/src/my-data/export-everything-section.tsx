import { useState } from "react";
import type { FollowedCourse } from "../lib/courses";
import { downloadFile } from "../lib/download-file";
import type { Draft } from "../lib/draft";
import { t } from "../strings";
import { gatherEverything } from "./gather-everything";

const words = t.myData.exportAll;
type Status =
  { kind: "idle" | "working" | "done" | "failed" } | { kind: "partly"; missing: number };

/** Export everything: one JSON file with the answers and every course's export. */
export function ExportEverythingSection(props: {
  courses: readonly FollowedCourse[];
  draft: Draft;
}) {
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const run = async () => {
    setStatus({ kind: "working" });
    const now = new Date();
    try {
      const everything = await gatherEverything(props.courses, props.draft, now);
      const json = `${JSON.stringify(everything, null, 2)}\n`;
      downloadFile(json, words.fileName(now.toISOString().slice(0, 10)), "application/json");
      const missing = everything.missing.length;
      setStatus(missing === 0 ? { kind: "done" } : { kind: "partly", missing });
    } catch {
      setStatus({ kind: "failed" });
    }
  };
  return (
    <section aria-labelledby="export-all-heading" className="data-section">
      <h2 id="export-all-heading">{words.heading}</h2>
      <p>{words.body}</p>
      <button
        type="button"
        className="button-primary"
        disabled={status.kind === "working"}
        onClick={() => void run()}
      >
        {status.kind === "working" ? words.working : words.button}
      </button>
      <p role="status" className={status.kind === "failed" ? "field-error" : "hint"}>
        {status.kind === "done" && words.done}
        {status.kind === "partly" && words.partly(status.missing)}
        {status.kind === "failed" && words.failed}
      </p>
    </section>
  );
}
