import { useCallback, useEffect, useId, useRef, useState } from "react";
import { t } from "../strings";
import { canUseCamera, GhostCamera } from "./ghost-camera";

const words = t.progress.upload;

export interface Picture {
  readonly blob: Blob;
  readonly name: string;
}

/** A preview URL for a photo taken with the camera, released when it is replaced. */
function usePreview(blob: Blob | undefined): string | undefined {
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    if (!blob) return setUrl(undefined);
    const next = URL.createObjectURL(blob);
    setUrl(next);
    return () => URL.revokeObjectURL(next);
  }, [blob]);
  return url;
}

/**
 * Where the photo comes from: a file from the device, or the live camera with the last photo as a
 * guide; when there is no camera (or no permission), a file field that opens the phone's camera.
 */
export function PhotoSource(props: {
  ghostUrl: string | undefined;
  missing: boolean;
  onChange: (picture: Picture | undefined) => void;
}) {
  const { onChange } = props;
  const id = useId();
  const [camera, setCamera] = useState<"closed" | "open" | "unavailable">("closed");
  const [captured, setCaptured] = useState<Blob>();
  const fallback = useRef<HTMLInputElement>(null);
  const preview = usePreview(captured);
  const onUnavailable = useCallback(() => setCamera("unavailable"), []);
  useEffect(() => {
    if (camera === "unavailable") fallback.current?.focus();
  }, [camera]);

  const pickFile = (event: React.ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    setCaptured(undefined);
    onChange(file && { blob: file, name: file.name });
  };
  const describedBy = `${id}-file-hint${props.missing ? ` ${id}-file-error` : ""}`;

  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-file`}>{words.file}</label>
        <p className="hint" id={`${id}-file-hint`}>
          {words.fileHint}
        </p>
        <input
          id={`${id}-file`}
          type="file"
          accept="image/jpeg,image/png"
          aria-describedby={describedBy}
          aria-invalid={props.missing || undefined}
          onChange={pickFile}
        />
        {props.missing && (
          <p className="field-error" id={`${id}-file-error`}>
            {words.needFile}
          </p>
        )}
      </div>
      {camera === "closed" && canUseCamera() && (
        <div className="field">
          <button
            type="button"
            onClick={() => setCamera("open")}
            aria-describedby={`${id}-camera-hint`}
          >
            {t.progress.camera.open}
          </button>
          <p className="hint" id={`${id}-camera-hint`}>
            {t.progress.camera.openHint}
          </p>
        </div>
      )}
      {camera === "open" && (
        <GhostCamera
          ghostUrl={props.ghostUrl}
          onUnavailable={onUnavailable}
          onClose={() => setCamera("closed")}
          onCapture={(blob) => {
            setCaptured(blob);
            setCamera("closed");
            onChange({ blob, name: "camera.jpg" });
          }}
        />
      )}
      {camera === "unavailable" && (
        <div className="notice field">
          <p id={`${id}-no-camera`}>{t.progress.camera.unavailable}</p>
          <label htmlFor={`${id}-capture`}>{t.progress.camera.capture}</label>
          <input
            ref={fallback}
            id={`${id}-capture`}
            type="file"
            accept="image/jpeg,image/png"
            capture="user"
            aria-describedby={`${id}-no-camera`}
            onChange={pickFile}
          />
        </div>
      )}
      {preview && (
        <figure className="captured">
          <img src={preview} alt={words.capturedAlt} />
          <figcaption role="status">{words.captured}</figcaption>
        </figure>
      )}
    </>
  );
}
