import { useState } from "react";
import { downloadFile } from "../lib/download-file";
import { t } from "../strings";

const words = t.calendar.download;

/** "Add to calendar": builds the calendar file when asked and downloads it. */
export function IcsDownload({ build }: { build: () => string }) {
  const [started, setStarted] = useState(false);
  const download = () => {
    downloadFile(build(), words.fileName, "text/calendar;charset=utf-8");
    setStarted(true);
  };
  return (
    <section className="card calendar-download" aria-labelledby="calendar-download-title">
      <h2 id="calendar-download-title">{words.title}</h2>
      <p>{words.body}</p>
      <button type="button" className="button-primary" onClick={download}>
        {words.button}
      </button>
      <p role="status" className="status-line">
        {started ? words.started : ""}
      </p>
      <p className="hint">{words.copyNote}</p>
    </section>
  );
}
