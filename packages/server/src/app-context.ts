import type { Result, RulePack } from "@mnplan/core";
import type { Repository } from "@mnplan/store";
import type { CourseLocks } from "./course-locks.js";

/** What the photo store tells about a file it accepted (validated and stripped of metadata). */
export interface SavedPhoto {
  readonly mediaType: "image/jpeg" | "image/png";
  readonly bytes: number;
  readonly sha256: string;
}

/** The photo files port: what the server needs of `@mnplan/store`'s `createPhotoStore(dir)`. */
export interface PhotoStore {
  /** Validates (JPEG or PNG), strips metadata and writes durably; refuses anything else with issues. */
  save(courseId: string, photoId: string, bytes: Uint8Array): Promise<Result<SavedPhoto>>;
  read(courseId: string, photoId: string): Promise<Uint8Array | undefined>;
  delete(courseId: string, photoId: string): Promise<unknown>;
  deleteCourse(courseId: string): Promise<unknown>;
}

/** What every route handler is given: the app's dependencies, passed as plain values. */
export interface AppContext {
  readonly repository: Repository;
  readonly photos: PhotoStore;
  /** The current instant, milliseconds since the epoch: the only clock the app reads. */
  readonly now: () => number;
  /** Custom rule packs by id, beside the shipped ones. */
  readonly packs: Readonly<Record<string, RulePack>>;
  readonly locks: CourseLocks;
}
