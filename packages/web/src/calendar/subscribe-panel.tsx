import { useEffect, useRef, useState } from "react";
import { apiFetch } from "../lib/api";
import { t } from "../strings";
import { CopyField } from "./copy-field";
import { describeError } from "./describe-error";
import { SubscribeSteps } from "./subscribe-steps";

const words = t.calendar.subscribe;

/** The same feed address for calendar apps that open `webcal:` links. */
export function toWebcal(url: string): string {
  return url.replace(/^https?:\/\//, "webcal://");
}

function StopSharing(props: { busy: boolean; onStop: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const title = useRef<HTMLHeadingElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  useEffect(() => {
    if (confirming) title.current?.focus();
    else if (wasConfirming.current) opener.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);
  if (!confirming)
    return (
      <p>
        <button ref={opener} type="button" onClick={() => setConfirming(true)}>
          {words.stop}
        </button>
      </p>
    );
  return (
    <div role="group" aria-labelledby="stop-sharing-title" className="notice notice-caution">
      <h3 id="stop-sharing-title" ref={title} tabIndex={-1}>
        {words.confirmTitle}
      </h3>
      <p>{words.confirmBody}</p>
      <div className="button-row">
        <button
          type="button"
          className="button-danger"
          disabled={props.busy}
          onClick={() => {
            setConfirming(false);
            props.onStop();
          }}
        >
          {words.confirmYes}
        </button>
        <button type="button" onClick={() => setConfirming(false)}>
          {words.confirmNo}
        </button>
      </div>
    </div>
  );
}

/** A course's calendar feed: make (or replace) its secret link, copy it, or stop sharing it. */
export function SubscribePanel({ courseId }: { courseId: string }) {
  const [url, setUrl] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState("");
  const [error, setError] = useState("");
  const path = `/api/courses/${encodeURIComponent(courseId)}/feed`;
  const run = async (method: "POST" | "DELETE") => {
    setBusy(true);
    setError("");
    setStatus("");
    try {
      if (method === "POST") setUrl((await apiFetch<{ url: string }>(path, { method })).url);
      else {
        await apiFetch<undefined>(path, { method });
        setUrl(undefined);
        setStatus(words.stopped);
      }
    } catch (failure) {
      setError(`${words.failed} ${describeError(failure)}`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="card subscribe" aria-labelledby="subscribe-title">
      <h2 id="subscribe-title">{words.title}</h2>
      <p>{words.body}</p>
      <p className="notice">{words.privacy}</p>
      {url && (
        <div className="feed-link">
          <CopyField label={words.field} value={url} description={words.shownOnce} focusOnShow />
          <p>
            <a href={toWebcal(url)}>{words.open}</a>
            <br />
            <span className="hint">{words.openHint}</span>
          </p>
          <SubscribeSteps />
        </div>
      )}
      <p>
        <button
          type="button"
          className={url ? undefined : "button-primary"}
          aria-disabled={busy}
          onClick={() => {
            if (!busy) void run("POST");
          }}
        >
          {busy ? words.busy : url ? words.rotate : words.create}
        </button>
      </p>
      {url && <p className="hint">{words.rotateNote}</p>}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <p role="status" className="status-line">
        {status}
      </p>
      <StopSharing busy={busy} onStop={() => void run("DELETE")} />
      {!url && <p className="hint">{words.stopNote}</p>}
    </section>
  );
}
