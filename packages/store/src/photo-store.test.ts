import { createHash } from "node:crypto";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import exifr from "exifr";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildJpeg, buildPng, JPEG_METADATA as J, PNG_METADATA as M } from "./build-test-images.js";
import { createPhotoStore, type PhotoStore } from "./photo-store.js";

describe("createPhotoStore", () => {
  let dir: string;
  let photos: PhotoStore;
  beforeEach(async () => {
    dir = join(await mkdtemp(join(tmpdir(), "mnplan-photos-")), "photos");
    photos = createPhotoStore(dir);
  });
  afterEach(() => rm(join(dir, ".."), { recursive: true, force: true }));

  it("writes a stripped photo under its course and tells its type, size and SHA-256", async () => {
    const upload = buildJpeg([J.exif(), J.xmp, J.comment]);
    const saved = await photos.save("c1", "p1", upload);
    const onDisk = await readFile(join(dir, "c1", "p1.jpg"));
    expect(saved).toEqual({
      ok: true,
      value: {
        mediaType: "image/jpeg",
        bytes: onDisk.byteLength,
        sha256: createHash("sha256").update(onDisk).digest("hex"),
      },
      issues: [],
    });
    expect(onDisk.byteLength).toBeLessThan(upload.byteLength);
    expect(await exifr.gps(onDisk)).toBeUndefined();
    expect(await photos.read("c1", "p1")).toEqual(new Uint8Array(onDisk));
    expect(await readdir(join(dir, "c1"))).toEqual(["p1.jpg"]);
  });

  it("refuses a file that is not a well-formed image, writing nothing", async () => {
    const saved = await photos.save("c1", "p1", Uint8Array.from(Buffer.from("<svg/>")));
    expect(saved).toMatchObject({
      ok: false,
      issues: [{ code: "unsupported-image-type", path: "file" }],
    });
    const broken = await photos.save("c1", "p2", buildPng([M.text]).subarray(0, 40));
    expect(broken).toMatchObject({ ok: false, issues: [{ code: "invalid-image", path: "file" }] });
    await expect(readdir(dir)).rejects.toMatchObject({ code: "ENOENT" });
  });

  it("replaces a photo saved again, even as the other type", async () => {
    await photos.save("c1", "p1", buildJpeg([]));
    const png = buildPng([]);
    await photos.save("c1", "p1", png);
    expect(await readdir(join(dir, "c1"))).toEqual(["p1.png"]);
    expect(await photos.read("c1", "p1")).toEqual(png);
  });

  it("deletes one photo, then a course's photos, leaving other courses alone", async () => {
    await photos.save("c1", "p1", buildJpeg([]));
    await photos.save("c1", "p2", buildPng([]));
    await photos.save("c2", "p3", buildPng([]));
    expect(await photos.delete("c1", "p1")).toBe(true);
    expect(await photos.delete("c1", "p1")).toBe(false);
    expect(await photos.read("c1", "p1")).toBeUndefined();
    await photos.deleteCourse("c1");
    await photos.deleteCourse("c1");
    expect(await photos.read("c1", "p2")).toBeUndefined();
    expect(await readdir(dir)).toEqual(["c2"]);
    expect(await photos.read("c2", "p3")).toEqual(buildPng([]));
  });

  it("never lets an id reach outside its folder", async () => {
    const outside = join(dir, "..", "keep");
    await mkdir(outside);
    await writeFile(join(outside, "p1.jpg"), "not ours");
    await expect(photos.save("..", "p1", buildJpeg([]))).rejects.toThrow(TypeError);
    await expect(photos.save("c1", "../keep/p1", buildJpeg([]))).rejects.toThrow(TypeError);
    expect(await photos.read("..", "keep/p1")).toBeUndefined();
    expect(await photos.read("../keep", "p1")).toBeUndefined();
    expect(await photos.delete("../keep", "p1")).toBe(false);
    await photos.deleteCourse("../keep");
    expect(await readFile(join(outside, "p1.jpg"), "utf8")).toBe("not ours");
  });
});
