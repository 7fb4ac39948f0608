import { PHOTO_ANGLES, todayInZone, type Course, type Photo } from "@mnplan/core";
import { useId, useState } from "react";
import { apiFetch, ApiError } from "../lib/api";
import { t } from "../strings";
import { findPrevious, photoUrl } from "./photo-groups";
import { PhotoSource, type Picture } from "./photo-source";

const words = t.progress.upload;
type Status = { kind: "idle" | "saving" | "saved" } | { kind: "failed"; reason: string };

/** The areas this course treats, in the order they were asked for. */
export function courseAreas(course: Course): Photo["area"][] {
  return [...new Set(course.request.concerns.flatMap((c) => c.areas))];
}

function todayFor(course: Course): string {
  try {
    return todayInZone(Date.now(), course.current.plan.timeZone);
  } catch {
    return todayInZone(Date.now(), "UTC");
  }
}

function reasonOf(error: unknown): string {
  if (error instanceof ApiError)
    return error.issues.map((issue) => issue.message).join(" ") || error.title;
  return t.common.error.network;
}

/** Add a photo: chosen from the device, or taken with the camera over a ghost of the last one. */
export function PhotoUploadForm(props: {
  course: Course;
  photos: readonly Photo[];
  onSaved: (photo: Photo) => void;
}) {
  const { course } = props;
  const areas = courseAreas(course);
  const id = useId();
  const [date, setDate] = useState(() => todayFor(course));
  const [angle, setAngle] = useState<Photo["angle"]>("front");
  const [area, setArea] = useState<Photo["area"]>(areas[0] ?? "cheeks");
  const [notes, setNotes] = useState("");
  const [consent, setConsent] = useState(false);
  const [picture, setPicture] = useState<Picture>();
  const [sourceKey, setSourceKey] = useState(0);
  const [errors, setErrors] = useState<{ file?: boolean; consent?: boolean }>({});
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const previous = findPrevious(props.photos, area, angle);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const missing = { file: !picture, consent: !consent };
    setErrors(missing);
    if (!picture || !consent) return;
    const form = new FormData();
    form.append("date", date);
    form.append("angle", angle);
    form.append("area", area);
    form.append("consent", "true");
    if (notes.trim()) form.append("notes", notes.trim());
    form.append("file", picture.blob, picture.name);
    setStatus({ kind: "saving" });
    try {
      const photo = await apiFetch<Photo>(`/api/courses/${encodeURIComponent(course.id)}/photos`, {
        body: form,
      });
      setStatus({ kind: "saved" });
      setPicture(undefined);
      setConsent(false);
      setNotes("");
      setSourceKey((k) => k + 1);
      props.onSaved(photo);
    } catch (error) {
      setStatus({ kind: "failed", reason: reasonOf(error) });
    }
  };

  return (
    <form className="photo-form card" onSubmit={(e) => void submit(e)} noValidate>
      <h2>{words.heading}</h2>
      <p className="hint">{words.lead}</p>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-date`}>{words.date}</label>
          <input
            id={`${id}-date`}
            type="date"
            required
            value={date}
            max={todayFor(course)}
            onChange={(e) => setDate(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-area`}>{words.area}</label>
          <select
            id={`${id}-area`}
            value={area}
            onChange={(e) => setArea(e.target.value as Photo["area"])}
          >
            {areas.map((a) => (
              <option key={a} value={a}>
                {t.progress.areas[a]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-angle`}>{words.angle}</label>
          <select
            id={`${id}-angle`}
            value={angle}
            onChange={(e) => setAngle(e.target.value as Photo["angle"])}
          >
            {PHOTO_ANGLES.map((a) => (
              <option key={a} value={a}>
                {t.progress.angles[a]}
              </option>
            ))}
          </select>
        </div>
      </div>

      <PhotoSource
        key={sourceKey}
        ghostUrl={previous && photoUrl(course.id, previous.id)}
        missing={errors.file === true}
        onChange={(next) => {
          setPicture(next);
          setStatus({ kind: "idle" });
        }}
      />

      <div className="field">
        <label htmlFor={`${id}-notes`}>{words.notes}</label>
        <input
          id={`${id}-notes`}
          type="text"
          maxLength={2000}
          value={notes}
          onChange={(e) => setNotes(e.target.value)}
        />
      </div>

      <fieldset>
        <legend>{words.consentLegend}</legend>
        <div className="check">
          <input
            id={`${id}-consent`}
            type="checkbox"
            checked={consent}
            aria-describedby={`${id}-consent-hint${errors.consent ? ` ${id}-consent-error` : ""}`}
            aria-invalid={errors.consent || undefined}
            onChange={(e) => setConsent(e.target.checked)}
          />
          <label htmlFor={`${id}-consent`}>{words.consent}</label>
        </div>
        <p className="hint" id={`${id}-consent-hint`}>
          {words.consentHint}
        </p>
        {errors.consent && (
          <p className="field-error" id={`${id}-consent-error`}>
            {words.needConsent}
          </p>
        )}
      </fieldset>

      <button type="submit" className="button-primary" disabled={status.kind === "saving"}>
        {status.kind === "saving" ? words.saving : words.submit}
      </button>
      <p role="status" className={status.kind === "failed" ? "field-error" : "hint"}>
        {status.kind === "saved" && words.saved}
        {status.kind === "failed" && words.failed(status.reason)}
      </p>
    </form>
  );
}
