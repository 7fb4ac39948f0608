import { describe, expect, it } from "vitest";
import { photo } from "./journal-fixtures";
import { choosePair, findPrevious, groupPhotos } from "./photo-groups";

describe("groupPhotos", () => {
  it("groups by area then angle, each group oldest first", () => {
    const photos = [
      photo("2027-03-01", "front", "cheeks"),
      photo("2027-01-04", "left", "forehead"),
      photo("2027-01-04", "front", "cheeks"),
      photo("2027-02-01", "left", "cheeks"),
    ];
    expect(groupPhotos(photos).map((g) => [g.area, g.angle, g.photos.map((p) => p.date)])).toEqual([
      ["forehead", "left", ["2027-01-04"]],
      ["cheeks", "front", ["2027-01-04", "2027-03-01"]],
      ["cheeks", "left", ["2027-02-01"]],
    ]);
  });
});

describe("choosePair", () => {
  it("takes the first and latest photo of the most recently photographed area and angle", () => {
    const first = photo("2027-01-04", "front", "cheeks");
    const latest = photo("2027-04-01", "front", "cheeks");
    const photos = [
      photo("2027-01-05", "left", "cheeks"),
      first,
      photo("2027-02-01", "front", "cheeks"),
      latest,
      photo("2027-04-02", "top", "forehead"),
    ];
    expect(choosePair(photos)).toEqual([first, latest]);
  });

  it("falls back to the oldest and newest photo when no angle has two", () => {
    const a = photo("2027-01-04", "front", "cheeks");
    const b = photo("2027-02-01", "left", "chin");
    expect(choosePair([b, a])).toEqual([a, b]);
  });

  it("has nothing to compare with one photo", () => {
    expect(choosePair([photo("2027-01-04", "front", "cheeks")])).toBeUndefined();
  });
});

describe("findPrevious", () => {
  it("is the latest photo of the same area and angle", () => {
    const latest = photo("2027-02-01", "front", "cheeks", 1);
    const photos = [
      photo("2027-01-04", "front", "cheeks"),
      latest,
      photo("2027-03-01", "left", "cheeks"),
    ];
    expect(findPrevious(photos, "cheeks", "front")).toBe(latest);
    expect(findPrevious(photos, "chin", "front")).toBeUndefined();
  });
});
