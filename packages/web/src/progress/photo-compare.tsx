import type { Photo } from "@mnplan/core";
import { useId, useState } from "react";
import { formatDate } from "../lib/format-date";
import { t } from "../strings";
import { choosePair, photoUrl } from "./photo-groups";

const words = t.progress.compare;

export function describePhoto(photo: Photo): string {
  return t.progress.photos.alt(
    t.progress.areas[photo.area],
    t.progress.angles[photo.angle],
    formatDate(photo.date),
  );
}

function PhotoPicker(props: {
  label: string;
  photos: readonly Photo[];
  value: string;
  onChange: (id: string) => void;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <select id={id} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        {props.photos.map((photo) => (
          <option key={photo.id} value={photo.id}>
            {words.option(
              formatDate(photo.date),
              t.progress.areas[photo.area],
              t.progress.angles[photo.angle],
            )}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A wipe between two photos: the earlier one on top, cut off at the slider's position. */
export function CompareSlider(props: { courseId: string; before: Photo; after: Photo }) {
  const [percent, setPercent] = useState(50);
  const id = useId();
  const { courseId, before, after } = props;
  return (
    <div className="compare-wipe">
      <div className="compare-stage">
        <img src={photoUrl(courseId, after.id)} alt={describePhoto(after)} />
        <img
          className="compare-top"
          src={photoUrl(courseId, before.id)}
          alt={describePhoto(before)}
          style={{ clipPath: `inset(0 ${100 - percent}% 0 0)` }}
        />
        <div className="compare-line" style={{ left: `${percent}%` }} aria-hidden="true" />
      </div>
      <label htmlFor={id}>{words.sliderLabel}</label>
      <p className="hint" id={`${id}-hint`}>
        {words.sliderHint}
      </p>
      <input
        id={id}
        type="range"
        min={0}
        max={100}
        step={1}
        value={percent}
        aria-valuetext={words.sliderValue(percent)}
        aria-describedby={`${id}-hint`}
        onChange={(e) => setPercent(Number(e.target.value))}
      />
    </div>
  );
}

/** Pick any two photos and see them side by side and as a wipe. */
export function PhotoCompare({ courseId, photos }: { courseId: string; photos: readonly Photo[] }) {
  const pair = choosePair(photos);
  const [chosen, setChosen] = useState<{ before?: string; after?: string }>({});
  if (!pair)
    return (
      <section aria-labelledby="compare-heading">
        <h2 id="compare-heading">{words.heading}</h2>
        <p>{words.none}</p>
      </section>
    );
  const find = (id: string | undefined, fallback: Photo) =>
    photos.find((p) => p.id === id) ?? fallback;
  const before = find(chosen.before, pair[0]);
  const after = find(chosen.after, pair[1]);
  return (
    <section aria-labelledby="compare-heading" className="compare">
      <h2 id="compare-heading">{words.heading}</h2>
      <div className="compare-pickers">
        <PhotoPicker
          label={words.before}
          photos={photos}
          value={before.id}
          onChange={(id) => setChosen((c) => ({ ...c, before: id }))}
        />
        <PhotoPicker
          label={words.after}
          photos={photos}
          value={after.id}
          onChange={(id) => setChosen((c) => ({ ...c, after: id }))}
        />
      </div>
      <div className="compare-views">
        <div>
          <h3>{words.sideBySide}</h3>
          <div className="compare-side">
            {[before, after].map((photo, i) => (
              <figure key={i}>
                <img src={photoUrl(courseId, photo.id)} alt={describePhoto(photo)} />
                <figcaption>
                  {i === 0 ? words.before : words.after}: {formatDate(photo.date)}
                </figcaption>
              </figure>
            ))}
          </div>
        </div>
        <div>
          <h3>{words.slider}</h3>
          <CompareSlider
            key={`${before.id}/${after.id}`}
            courseId={courseId}
            before={before}
            after={after}
          />
        </div>
      </div>
    </section>
  );
}
