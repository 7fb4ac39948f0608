import type { Photo } from "@mnplan/core";
import { useEffect, useRef } from "react";
import { apiFetch } from "../lib/api";
import { ConfirmDelete, useConfirmDelete } from "../lib/confirm-delete";
import { formatDate } from "../lib/format-date";
import { t } from "../strings";
import { describePhoto } from "./photo-compare";
import { groupPhotos, photoUrl } from "./photo-groups";

const words = t.progress.photos;

function PhotoCard(props: { courseId: string; photo: Photo; onDeleted: (id: string) => void }) {
  const { courseId, photo } = props;
  const deletion = useConfirmDelete(async () => {
    await apiFetch(photoUrl(courseId, photo.id), { method: "DELETE" });
    props.onDeleted(photo.id);
  });
  const { step } = deletion;
  const start = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);
  useEffect(() => {
    if (step === "idle" && asked.current) start.current?.focus();
  }, [step]);
  const date = formatDate(photo.date);
  return (
    <li className="photo-card">
      <figure>
        <img src={photoUrl(courseId, photo.id)} alt={describePhoto(photo)} loading="lazy" />
        <figcaption>
          {date}
          {photo.notes ? <span className="photo-note">{photo.notes}</span> : null}
        </figcaption>
      </figure>
      {step === "idle" && (
        <div className="button-row">
          <a
            className="button"
            href={photoUrl(courseId, photo.id)}
            download={`photo-${photo.date}-${photo.area}-${photo.angle}.${photo.mediaType === "image/png" ? "png" : "jpg"}`}
            aria-label={words.saveLabel(date)}
          >
            {words.save}
          </a>
          <button
            type="button"
            ref={start}
            aria-label={words.deleteLabel(date)}
            onClick={() => {
              asked.current = true;
              deletion.ask();
            }}
          >
            {words.delete}
          </button>
        </div>
      )}
      {step !== "idle" && (
        <ConfirmDelete
          {...deletion}
          className="confirm"
          label={words.deleteLabel(date)}
          focus="cancel"
          question={words.confirmDelete}
          failed={words.deleteFailed}
          yes={words.confirmDeleteYes}
          no={words.keep}
        />
      )}
    </li>
  );
}

/** Every photo, by area and angle, oldest first, each with a delete button that asks first. */
export function PhotoList(props: {
  courseId: string;
  photos: readonly Photo[];
  onDeleted: (id: string) => void;
}) {
  const groups = groupPhotos(props.photos);
  if (groups.length === 0) return <p>{words.none}</p>;
  return (
    <>
      {groups.map((group) => (
        <section key={`${group.area}/${group.angle}`} className="photo-group">
          <h3>{words.group(t.progress.areas[group.area], t.progress.angles[group.angle])}</h3>
          <ul className="photo-grid">
            {group.photos.map((photo) => (
              <PhotoCard
                key={photo.id}
                courseId={props.courseId}
                photo={photo}
                onDeleted={props.onDeleted}
              />
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
