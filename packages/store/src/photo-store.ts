import { createHash, randomBytes } from "node:crypto";
import { mkdir, open, readFile, rename, rm, unlink } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { Result } from "@mnplan/core";
import { stripImageMetadata, type ImageMediaType } from "./strip-image-metadata.js";

/** What the store tells about a photo file it accepted: its type, size in bytes and SHA-256 (hex). */
export interface SavedPhoto {
  readonly mediaType: ImageMediaType;
  readonly bytes: number;
  readonly sha256: string;
}

/** Photo files on disk, at `<dir>/<courseId>/<photoId>.<jpg|png>`. */
export interface PhotoStore {
  /**
   * Checks the image (JPEG or PNG), strips its metadata and writes it durably. A file that is not a
   * well-formed JPEG or PNG is refused with issues (`unsupported-image-type`, `invalid-image`).
   */
  save(courseId: string, photoId: string, bytes: Uint8Array): Promise<Result<SavedPhoto>>;
  /** The stored (stripped) bytes, or undefined when there is no such photo. */
  read(courseId: string, photoId: string): Promise<Uint8Array | undefined>;
  /** Deletes a photo's file; false when there was none. */
  delete(courseId: string, photoId: string): Promise<boolean>;
  /** Deletes every photo file of a course. */
  deleteCourse(courseId: string): Promise<void>;
}

const EXTENSIONS: Readonly<Record<ImageMediaType, string>> = {
  "image/jpeg": "jpg",
  "image/png": "png",
};
/** Ids become file names: letters, digits, `-` and `_` only, so no id can reach outside its folder. */
const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/;

/** The photo files under `dir` (the server passes `${DATA_DIR}/photos`). */
export function createPhotoStore(dir: string): PhotoStore {
  const courseDir = (courseId: string) => join(dir, courseId);
  const filesOf = (courseId: string, photoId: string) =>
    Object.values(EXTENSIONS).map((ext) => join(courseDir(courseId), `${photoId}.${ext}`));

  return {
    async save(courseId, photoId, input) {
      if (!SAFE_ID.test(courseId) || !SAFE_ID.test(photoId)) {
        throw new TypeError(
          `Unsafe photo path: course ${JSON.stringify(courseId)}, photo ${JSON.stringify(photoId)}`,
        );
      }
      const stripped = stripImageMetadata(input);
      if (!stripped.ok) return stripped;
      const { mediaType, bytes } = stripped.value;
      await ensureDir(dir);
      await ensureDir(courseDir(courseId));
      const target = join(courseDir(courseId), `${photoId}.${EXTENSIONS[mediaType]}`);
      await writeDurably(target, bytes);
      // A photo saved again with the other type must not leave its old file behind.
      for (const other of filesOf(courseId, photoId))
        if (other !== target) await rm(other, { force: true });
      const sha256 = createHash("sha256").update(bytes).digest("hex");
      return { ok: true, value: { mediaType, bytes: bytes.byteLength, sha256 }, issues: [] };
    },

    async read(courseId, photoId) {
      if (!SAFE_ID.test(courseId) || !SAFE_ID.test(photoId)) return undefined;
      for (const file of filesOf(courseId, photoId)) {
        try {
          return new Uint8Array(await readFile(file));
        } catch (error) {
          if (!isMissing(error)) throw error;
        }
      }
      return undefined;
    },

    async delete(courseId, photoId) {
      if (!SAFE_ID.test(courseId) || !SAFE_ID.test(photoId)) return false;
      let deleted = false;
      for (const file of filesOf(courseId, photoId)) {
        try {
          await unlink(file);
          deleted = true;
        } catch (error) {
          if (!isMissing(error)) throw error;
        }
      }
      if (deleted) await syncDir(courseDir(courseId));
      return deleted;
    },

    async deleteCourse(courseId) {
      if (!SAFE_ID.test(courseId)) return;
      await rm(courseDir(courseId), { recursive: true, force: true });
      await syncDir(dir).catch((error: unknown) => {
        if (!isMissing(error)) throw error;
      });
    },
  };
}

/** Temp file, fsync, rename over the target, fsync the folder: the file is whole or absent after a crash. */
async function writeDurably(target: string, bytes: Uint8Array): Promise<void> {
  const temp = `${target}.${randomBytes(6).toString("hex")}.tmp`;
  const file = await open(temp, "wx", 0o600);
  try {
    await file.writeFile(bytes);
    await file.sync();
  } finally {
    await file.close();
  }
  try {
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await syncDir(dirname(target));
}

/** Creates a folder (and its missing parents), syncing each new entry's parent so it survives a crash. */
async function ensureDir(path: string): Promise<void> {
  const first = await mkdir(path, { recursive: true });
  if (first === undefined) return;
  for (let current = path; ; current = dirname(current)) {
    await syncDir(dirname(current));
    if (current === first) return;
  }
}

async function syncDir(path: string): Promise<void> {
  const handle = await open(path, "r");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === "ENOENT";
}
