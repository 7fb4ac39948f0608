// Photos sorted for showing and comparing: grouped by area and angle (only photos of the same
// area from the same angle compare well), each group oldest first.
import { AREAS, PHOTO_ANGLES, type Photo } from "@mnplan/core";

export interface PhotoGroup {
  readonly area: Photo["area"];
  readonly angle: Photo["angle"];
  /** Oldest first. */
  readonly photos: readonly Photo[];
}

const byTime = (a: Photo, b: Photo) =>
  a.date.localeCompare(b.date) || a.recordedAt.localeCompare(b.recordedAt);

/** Photos by area (in the vocabulary's order) and angle, each group oldest first. */
export function groupPhotos(photos: readonly Photo[]): PhotoGroup[] {
  const groups = new Map<string, Photo[]>();
  for (const photo of photos) {
    const key = `${photo.area}/${photo.angle}`;
    groups.set(key, [...(groups.get(key) ?? []), photo]);
  }
  const rank = (p: Photo) => AREAS.indexOf(p.area) * 100 + PHOTO_ANGLES.indexOf(p.angle);
  return [...groups.values()]
    .map((list) => list.sort(byTime))
    .sort((a, b) => rank(a[0]!) - rank(b[0]!))
    .map((list) => ({ area: list[0]!.area, angle: list[0]!.angle, photos: list }));
}

/**
 * The pair to compare first: the first and latest photo of the area and angle photographed most
 * recently (among those with two photos or more); otherwise the oldest and newest photo.
 */
export function choosePair(photos: readonly Photo[]): readonly [Photo, Photo] | undefined {
  const groups = groupPhotos(photos).filter((g) => g.photos.length >= 2);
  const latest = (g: PhotoGroup) => g.photos[g.photos.length - 1]!;
  const best = groups.sort((a, b) => byTime(latest(b), latest(a)))[0];
  if (best) return [best.photos[0]!, latest(best)];
  const all = [...photos].sort(byTime);
  return all.length >= 2 ? [all[0]!, all[all.length - 1]!] : undefined;
}

/** The latest photo of an area from an angle: the guide for the next one. */
export function findPrevious(
  photos: readonly Photo[],
  area: Photo["area"],
  angle: Photo["angle"],
): Photo | undefined {
  const same = photos.filter((p) => p.area === area && p.angle === angle).sort(byTime);
  return same[same.length - 1];
}

/** Where the API serves a photo's image. */
export function photoUrl(courseId: string, photoId: string): string {
  return `/api/courses/${encodeURIComponent(courseId)}/photos/${encodeURIComponent(photoId)}`;
}
