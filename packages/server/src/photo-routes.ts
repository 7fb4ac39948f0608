import { randomUUID } from "node:crypto";
import type { Photo } from "@mnplan/core";
import { CourseNotFoundError } from "@mnplan/store";
import {
  CourseParamsSchema,
  PhotoListSchema,
  PhotoParamsSchema,
  PhotoSchema,
  PhotoUploadSchema,
} from "./api-schemas.js";
import { readPhotoUpload } from "./read-photo-upload.js";
import {
  courseNotFound,
  defineRoute,
  json,
  noContent,
  notFound,
  problem,
  type Route,
} from "./route.js";

type IdParams = { id: string };
type PhotoParams = { id: string; photoId: string };
const photoNotFound = () => notFound("photoId", "No photo with this id in this course");

/** Photos: upload (validated and stripped of metadata by the photo store), list, fetch, delete. */
export const photoRoutes: readonly Route[] = [
  defineRoute<IdParams>({
    method: "POST",
    url: "/api/courses/:id/photos",
    operationId: "uploadPhoto",
    summary: "Upload a progress photo (JPEG or PNG, at most 10 MB, consent required)",
    description: "Metadata such as EXIF location is removed before the file is kept.",
    tag: "photos",
    params: CourseParamsSchema,
    body: { kind: "multipart", schema: PhotoUploadSchema },
    responses: {
      201: { description: "The photo's record", content: { "application/json": PhotoSchema } },
    },
    problems: [422],
    async handle({ params, request }, context) {
      const upload = await readPhotoUpload(request);
      if (!upload.ok) return problem(upload.issues);
      if (!(await context.repository.getCourse(params.id))) return courseNotFound();
      const id = randomUUID();
      const saved = await context.photos.save(params.id, id, upload.value.bytes);
      if (!saved.ok) return problem(saved.issues);
      const photo: Photo = {
        ...upload.value.input,
        ...saved.value,
        id,
        recordedAt: new Date(context.now()).toISOString(),
      };
      try {
        await context.repository.addPhoto(params.id, photo);
      } catch (error) {
        await context.photos.delete(params.id, id);
        if (error instanceof CourseNotFoundError) return courseNotFound();
        throw error;
      }
      return json(201, photo, { location: `/api/courses/${params.id}/photos/${id}` });
    },
  }),
  defineRoute<IdParams>({
    method: "GET",
    url: "/api/courses/:id/photos",
    operationId: "listPhotos",
    summary: "List a course's photo records, oldest first",
    tag: "photos",
    params: CourseParamsSchema,
    responses: {
      200: { description: "The records", content: { "application/json": PhotoListSchema } },
    },
    async handle({ params }, context) {
      const history = await context.repository.getHistory(params.id);
      return history ? json(200, { items: history.photos }) : courseNotFound();
    },
  }),
  defineRoute<PhotoParams>({
    method: "GET",
    url: "/api/courses/:id/photos/:photoId",
    operationId: "getPhoto",
    summary: "The photo itself",
    tag: "photos",
    params: PhotoParamsSchema,
    responses: {
      200: { description: "The image", content: { "image/jpeg": "binary", "image/png": "binary" } },
    },
    async handle({ params }, context) {
      const photo = await context.repository.getPhoto(params.id, params.photoId);
      if (!photo) return photoNotFound();
      const bytes = await context.photos.read(params.id, params.photoId);
      if (!bytes) return photoNotFound();
      return {
        kind: "raw",
        status: 200,
        mediaType: photo.mediaType,
        body: bytes,
        headers: {
          "cache-control": "private, max-age=86400",
          etag: `"${photo.sha256}"`,
          "x-content-type-options": "nosniff",
        },
      };
    },
  }),
  defineRoute<PhotoParams>({
    method: "DELETE",
    url: "/api/courses/:id/photos/:photoId",
    operationId: "deletePhoto",
    summary: "Delete a photo: its record and its file",
    tag: "photos",
    params: PhotoParamsSchema,
    responses: { 204: { description: "Deleted" } },
    async handle({ params }, context) {
      if (!(await context.repository.deletePhoto(params.id, params.photoId)))
        return photoNotFound();
      await context.photos.delete(params.id, params.photoId);
      return noContent();
    },
  }),
];
