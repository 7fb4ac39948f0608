import { useEffect, useRef, useState } from "react";
import { t } from "../strings";

const words = t.progress.camera;

/** Whether this browser can show a live camera at all (permission is asked only when opened). */
export function canUseCamera(): boolean {
  return (
    typeof navigator !== "undefined" && typeof navigator.mediaDevices?.getUserMedia === "function"
  );
}

/** The video's current frame as a JPEG. */
function captureFrame(video: HTMLVideoElement): Promise<Blob | null> {
  const canvas = document.createElement("canvas");
  canvas.width = video.videoWidth;
  canvas.height = video.videoHeight;
  canvas.getContext("2d")?.drawImage(video, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve) => canvas.toBlob(resolve, "image/jpeg", 0.92));
}

/**
 * A live camera view with the previous photo of the same area and angle laid over it, faintly,
 * so the new photo can be lined up the same way. Calls `onUnavailable` when there is no camera or
 * permission is refused.
 */
export function GhostCamera(props: {
  ghostUrl: string | undefined;
  onCapture: (photo: Blob) => void;
  onUnavailable: () => void;
  onClose: () => void;
}) {
  const video = useRef<HTMLVideoElement>(null);
  const take = useRef<HTMLButtonElement>(null);
  const [live, setLive] = useState(false);
  const { onUnavailable } = props;

  useEffect(() => {
    let stream: MediaStream | undefined;
    let stopped = false;
    const stop = (s: MediaStream) => s.getTracks().forEach((track) => track.stop());
    if (!canUseCamera()) {
      onUnavailable();
      return;
    }
    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: "user", width: { ideal: 1280 } }, audio: false })
      .then(async (s) => {
        if (stopped) return stop(s);
        stream = s;
        const element = video.current;
        if (!element) return;
        element.srcObject = s;
        await element.play();
        setLive(true);
        take.current?.focus();
      })
      .catch(() => {
        if (!stopped) onUnavailable();
      });
    return () => {
      stopped = true;
      if (stream) stop(stream);
    };
  }, [onUnavailable]);

  const capture = async () => {
    const element = video.current;
    if (!element || element.videoWidth === 0) return;
    const blob = await captureFrame(element);
    if (blob) props.onCapture(blob);
  };

  return (
    <section className="camera card" aria-labelledby="camera-heading">
      <h3 id="camera-heading">{words.heading}</h3>
      <p className="hint">{props.ghostUrl ? words.ghostNote : words.noGhost}</p>
      <div className="camera-stage">
        <video ref={video} muted playsInline aria-label={words.videoLabel} />
        {props.ghostUrl && <img className="camera-ghost" src={props.ghostUrl} alt="" />}
      </div>
      {!live && (
        <p className="loading" role="status">
          {words.starting}
        </p>
      )}
      <div className="button-row">
        <button
          type="button"
          ref={take}
          className="button-primary"
          disabled={!live}
          onClick={() => void capture()}
        >
          {words.take}
        </button>
        <button type="button" onClick={props.onClose}>
          {words.close}
        </button>
      </div>
    </section>
  );
}
