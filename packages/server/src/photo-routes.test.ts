import exifr from "exifr";
import { describe, expect, it } from "vitest";
import { buildMultipart, jpegWithGps, PHOTO_FIELDS, photoFile } from "../test/photo-fixtures.js";
import { createTestApp, expectProblem, expectSchema, startCourse } from "../test/test-app.js";
import { PhotoListSchema, PhotoSchema } from "./api-schemas.js";

type App = ReturnType<typeof createTestApp>["app"];
const MISSING = "00000000-0000-4000-8000-000000000000";

function upload(app: App, id: string, body: ReturnType<typeof buildMultipart>) {
  return app.inject({ method: "POST", url: `/api/courses/${id}/photos`, ...body });
}

describe("photos", () => {
  it("keeps a JPEG without its EXIF GPS, lists it, serves it and deletes it", async () => {
    const { app } = createTestApp();
    const id = await startCourse(app);
    const original = jpegWithGps();
    expect(await exifr.parse(original, { gps: true })).toMatchObject({ latitude: 51.5 });

    const response = await upload(app, id, buildMultipart(PHOTO_FIELDS, [photoFile(original)]));
    expect(response.statusCode).toBe(201);
    const photo = response.json<{
      id: string;
      mediaType: string;
      bytes: number;
      consent: boolean;
    }>();
    expectSchema(PhotoSchema, photo);
    expect(photo).toMatchObject({ mediaType: "image/jpeg", consent: true, angle: "front" });
    expect(photo.bytes).toBeLessThan(original.length);
    expect(response.headers.location).toBe(`/api/courses/${id}/photos/${photo.id}`);

    const list = await app.inject(`/api/courses/${id}/photos`);
    expectSchema(PhotoListSchema, list.json());
    expect(list.json<{ items: { id: string }[] }>().items.map((p) => p.id)).toEqual([photo.id]);

    const image = await app.inject(`/api/courses/${id}/photos/${photo.id}`);
    expect(image.statusCode).toBe(200);
    expect(image.headers["content-type"]).toBe("image/jpeg");
    expect(image.headers["cache-control"]).toMatch(/^private/);
    expect(image.rawPayload.length).toBe(photo.bytes);
    expect(image.rawPayload.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
    const gps: unknown = await exifr.parse(image.rawPayload, { gps: true }).catch(() => undefined);
    expect((gps as { latitude?: number } | undefined)?.latitude).toBeUndefined();

    const deleted = await app.inject({
      method: "DELETE",
      url: `/api/courses/${id}/photos/${photo.id}`,
    });
    expect(deleted.statusCode).toBe(204);
    expectProblem(await app.inject(`/api/courses/${id}/photos/${photo.id}`), 404);
    expectProblem(
      await app.inject({ method: "DELETE", url: `/api/courses/${id}/photos/${photo.id}` }),
      404,
    );
  });

  it("deletes the photo files with the course", async () => {
    const { app, photos } = createTestApp();
    const id = await startCourse(app);
    const response = await upload(app, id, buildMultipart(PHOTO_FIELDS, [photoFile()]));
    const photoId = response.json<{ id: string }>().id;
    expect(await photos.read(id, photoId)).toBeDefined();
    await app.inject({ method: "DELETE", url: `/api/courses/${id}` });
    expect(await photos.read(id, photoId)).toBeUndefined();
  });

  it.each([
    ["no consent", { ...PHOTO_FIELDS, consent: "false" }, [photoFile()], 400, "consent"],
    [
      "consent left out",
      { date: "2027-01-09", angle: "front", area: "cheeks" },
      [photoFile()],
      400,
      "consent",
    ],
    ["a bad date", { ...PHOTO_FIELDS, date: "2027-13-01" }, [photoFile()], 400, "date"],
    ["an unknown field", { ...PHOTO_FIELDS, gps: "51.5" }, [photoFile()], 400, "gps"],
    ["no file", PHOTO_FIELDS, [], 400, "file"],
    ["an empty file", PHOTO_FIELDS, [photoFile(new Uint8Array())], 400, "file"],
    ["a GIF", PHOTO_FIELDS, [photoFile(Buffer.from("GIF89a...."))], 415, "file"],
    [
      "a broken JPEG",
      PHOTO_FIELDS,
      [photoFile(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 4]))],
      422,
      "file",
    ],
    ["two files", PHOTO_FIELDS, [photoFile(), photoFile()], 413, ""],
  ] as const)("refuses %s", async (_what, fields, files, status, path) => {
    const { app } = createTestApp();
    const id = await startCourse(app);
    const problem = expectProblem(await upload(app, id, buildMultipart(fields, files)), status);
    expect(problem.errors.map((e) => e.path)).toContain(path);
    const list = await app.inject(`/api/courses/${id}/photos`);
    expect(list.json<{ items: unknown[] }>().items).toEqual([]);
  });

  it("refuses a file over 10 MB with 413", async () => {
    const { app } = createTestApp();
    const id = await startCourse(app);
    const big = Buffer.concat([jpegWithGps(), Buffer.alloc(10 * 1024 * 1024 + 1)]);
    const problem = expectProblem(
      await upload(app, id, buildMultipart(PHOTO_FIELDS, [photoFile(big)])),
      413,
    );
    expect(problem.type).toBe("urn:mnplan:problem:payload-too-large");
  });

  it.each([
    ["JSON", { "content-type": "application/json" }, JSON.stringify(PHOTO_FIELDS)],
    ["no body", {}, undefined],
  ])("refuses %s with 415", async (_what, headers, payload) => {
    const { app } = createTestApp();
    const id = await startCourse(app);
    const response = await app.inject({
      method: "POST",
      url: `/api/courses/${id}/photos`,
      headers,
      ...(payload === undefined ? {} : { payload }),
    });
    expectProblem(response, 415);
  });

  it("refuses a malformed multipart body with 400", async () => {
    const { app } = createTestApp();
    const id = await startCourse(app);
    const response = await app.inject({
      method: "POST",
      url: `/api/courses/${id}/photos`,
      headers: { "content-type": "multipart/form-data; boundary=abc" },
      payload: '--abc\r\nContent-Disposition: form-data; name="date"\r\n\r\n2027',
    });
    expectProblem(response, 400);
  });

  it("answers 404 for an unknown course or photo", async () => {
    const { app } = createTestApp();
    expectProblem(await upload(app, MISSING, buildMultipart(PHOTO_FIELDS, [photoFile()])), 404);
    expectProblem(await app.inject(`/api/courses/${MISSING}/photos`), 404);
    const id = await startCourse(app);
    expectProblem(await app.inject(`/api/courses/${id}/photos/${MISSING}`), 404);
    expectProblem(await app.inject(`/api/courses/${id}/photos/not-an-id`), 404);
  });
});
