// Stand-ins for @mnplan/store while its in-memory repository and photo store are being written.
import { createHash } from "node:crypto";
import type { Course, CourseHistory, PlanRevision } from "@mnplan/core";
import { CourseNotFoundError, InvalidCursorError, type Repository } from "@mnplan/store";
import type { PhotoStore } from "../src/index.js";

interface Entry {
  course: Course;
  revisions: PlanRevision[];
  sessions: CourseHistory["sessions"][number][];
  checkIns: CourseHistory["checkIns"][number][];
  ratings: CourseHistory["ratings"][number][];
  photos: CourseHistory["photos"][number][];
  feed: string | null;
}

export function createFakeRepository(): Repository & { healthy: boolean } {
  const courses = new Map<string, Entry>();
  const entry = (id: string) => {
    const found = courses.get(id);
    if (!found) throw new CourseNotFoundError(id);
    return found;
  };
  const copy = structuredClone;
  const repository = {
    healthy: true,
    health: () => (repository.healthy ? Promise.resolve() : Promise.reject(new Error("down"))),
    close: () => Promise.resolve(),
    createCourse: (course: Course) => {
      courses.set(course.id, {
        course: copy(course),
        revisions: [copy(course.current)],
        sessions: [],
        checkIns: [],
        ratings: [],
        photos: [],
        feed: null,
      });
      return Promise.resolve();
    },
    getCourse: (id: string) => Promise.resolve(copy(courses.get(id)?.course)),
    listCourses: ({ limit, after }: { limit: number; after?: string }) => {
      const all = [...courses.values()].map(({ course }) => ({
        id: course.id,
        createdAt: course.createdAt,
        label: course.label,
        state: course.current.state,
        status: course.current.plan.status,
        nextDue: course.nextDue,
      }));
      const start = after === undefined ? 0 : all.findIndex((c) => c.id === after) + 1;
      if (after !== undefined && start === 0) throw new InvalidCursorError(after);
      const items = all.slice(start, start + limit);
      const last = items.at(-1);
      return Promise.resolve(
        start + limit < all.length && last ? { items, next: last.id } : { items },
      );
    },
    deleteCourse: (id: string) => Promise.resolve(courses.delete(id)),
    saveRevision: (id: string, revision: PlanRevision, nextDue: string | null) => {
      const found = entry(id);
      found.revisions.push(copy(revision));
      found.course = { ...found.course, current: copy(revision), nextDue };
      return Promise.resolve();
    },
    addSession: (id: string, r: CourseHistory["sessions"][number]) =>
      Promise.resolve(void entry(id).sessions.push(copy(r))),
    addCheckIn: (id: string, r: CourseHistory["checkIns"][number]) =>
      Promise.resolve(void entry(id).checkIns.push(copy(r))),
    addRating: (id: string, r: CourseHistory["ratings"][number]) =>
      Promise.resolve(void entry(id).ratings.push(copy(r))),
    addPhoto: (id: string, r: CourseHistory["photos"][number]) =>
      Promise.resolve(void entry(id).photos.push(copy(r))),
    getPhoto: (id: string, photoId: string) =>
      Promise.resolve(copy(courses.get(id)?.photos.find((p) => p.id === photoId))),
    deletePhoto: (id: string, photoId: string) => {
      const found = courses.get(id);
      const index = found?.photos.findIndex((p) => p.id === photoId) ?? -1;
      if (found && index >= 0) found.photos.splice(index, 1);
      return Promise.resolve(index >= 0);
    },
    getHistory: (id: string) => {
      const found = courses.get(id);
      if (!found) return Promise.resolve(undefined);
      const { course, revisions, sessions, checkIns, ratings, photos } = found;
      return Promise.resolve(copy({ course, revisions, sessions, checkIns, ratings, photos }));
    },
    sessionsDue: (from: string, to: string, { limit }: { limit: number }) =>
      Promise.resolve(
        [...courses.values()]
          .filter(
            ({ course }) =>
              course.nextDue !== null && course.nextDue >= from && course.nextDue <= to,
          )
          .map(({ course, sessions }) => ({
            courseId: course.id,
            label: course.label,
            date: course.nextDue ?? "",
            number: sessions.length + 1,
          }))
          .slice(0, limit),
      ),
    setFeedToken: (id: string, hash: string | null) => {
      entry(id).feed = hash;
      return Promise.resolve();
    },
    findCourseByFeedToken: (hash: string) =>
      Promise.resolve([...courses.values()].find((e) => e.feed === hash)?.course.id),
    importCourses: () => Promise.reject(new Error("not in the fake")),
    importSessions: () => Promise.reject(new Error("not in the fake")),
  };
  return repository;
}

export function createFakePhotoStore(): PhotoStore {
  const files = new Map<string, Uint8Array>();
  const key = (courseId: string, photoId: string) => `${courseId}/${photoId}`;
  return {
    save(courseId, photoId, bytes) {
      const jpeg = bytes[0] === 0xff && bytes[1] === 0xd8;
      const png = bytes[0] === 0x89 && bytes[1] === 0x50;
      if (!jpeg && !png) {
        return Promise.resolve({
          ok: false,
          issues: [
            {
              code: "unsupported-media-type",
              path: "file",
              message: "Not JPEG or PNG",
              severity: "error",
            },
          ],
        });
      }
      files.set(key(courseId, photoId), bytes);
      const sha256 = createHash("sha256").update(bytes).digest("hex");
      const mediaType = jpeg ? ("image/jpeg" as const) : ("image/png" as const);
      return Promise.resolve({
        ok: true,
        value: { mediaType, bytes: bytes.length, sha256 },
        issues: [],
      });
    },
    read: (courseId, photoId) => Promise.resolve(files.get(key(courseId, photoId))),
    delete: (courseId, photoId) => Promise.resolve(files.delete(key(courseId, photoId))),
    deleteCourse(courseId) {
      for (const k of [...files.keys()]) if (k.startsWith(`${courseId}/`)) files.delete(k);
      return Promise.resolve();
    },
  };
}
