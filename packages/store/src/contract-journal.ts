import { expect, it } from "vitest";
import type { ContractContext } from "./repository-contract.js";
import {
  buildCheckIn,
  buildCourse,
  buildPhoto,
  buildRating,
  buildSession,
} from "./repository-fixtures.js";
import { CourseNotFoundError, DuplicateRecordError } from "./repository.js";

export function contractJournal({ repository }: ContractContext): void {
  it("gives back a course's whole history, each kind of record exactly as written", async () => {
    const course = buildCourse("c1");
    await repository().createCourse(course);
    const session = buildSession("s1", "2027-01-09");
    const checkIn = buildCheckIn("k1", "2027-01-10");
    const rating = buildRating("r1", "2027-02-01");
    const photo = buildPhoto("p1", "2027-01-09");
    await repository().addSession("c1", session);
    await repository().addCheckIn("c1", checkIn);
    await repository().addRating("c1", rating);
    await repository().addPhoto("c1", photo);
    expect(await repository().getHistory("c1")).toStrictEqual({
      course,
      revisions: [course.current],
      sessions: [session],
      checkIns: [checkIn],
      ratings: [rating],
      photos: [photo],
    });
  });

  it("keeps records with only their required fields", async () => {
    await repository().createCourse(buildCourse("c1"));
    const session = {
      id: "s1",
      recordedAt: "2027-01-09T18:00:00.000Z",
      date: "2027-01-09",
      setting: "home" as const,
      device: "roller" as const,
      depthByArea: [{ area: "forehead" as const, depthMm: 0.25 }],
    };
    const checkIn = {
      id: "k1",
      recordedAt: "2027-01-10T08:00:00Z",
      date: "2027-01-10",
      redness: 0,
      swelling: 0,
      pain: 0,
      flaking: 0,
    };
    await repository().addSession("c1", session);
    await repository().addCheckIn("c1", checkIn);
    const history = await repository().getHistory("c1");
    expect([history?.sessions, history?.checkIns]).toStrictEqual([[session], [checkIn]]);
  });

  it("returns a course with nothing recorded with empty lists, and no history for a missing course", async () => {
    const course = buildCourse("c1");
    await repository().createCourse(course);
    expect(await repository().getHistory("c1")).toStrictEqual({
      course,
      revisions: [course.current],
      sessions: [],
      checkIns: [],
      ratings: [],
      photos: [],
    });
    expect(await repository().getHistory("nope")).toBeUndefined();
  });

  it("orders records by date, then recording instant, then id, whatever order they came in", async () => {
    await repository().createCourse(buildCourse("c1"));
    const late = buildSession("s-a", "2027-03-01");
    const sameDayLater = buildSession("s-b", "2027-02-01", {
      recordedAt: "2027-02-01T19:00:00.000Z",
    });
    const sameInstantB = buildSession("s-d", "2027-02-01");
    const sameInstantA = buildSession("s-c", "2027-02-01");
    const early = buildSession("s-e", "2027-01-05");
    for (const session of [late, sameDayLater, sameInstantB, sameInstantA, early]) {
      await repository().addSession("c1", session);
    }
    const ids = (await repository().getHistory("c1"))?.sessions.map((s) => s.id);
    expect(ids).toEqual(["s-e", "s-c", "s-d", "s-b", "s-a"]);
  });

  it("keeps each course's records apart", async () => {
    await repository().createCourse(buildCourse("c1"));
    await repository().createCourse(buildCourse("c2"));
    await repository().addSession("c1", buildSession("s1", "2027-01-09"));
    await repository().addCheckIn("c2", buildCheckIn("k1", "2027-01-10"));
    const [one, two] = await Promise.all([
      repository().getHistory("c1"),
      repository().getHistory("c2"),
    ]);
    expect([
      one?.sessions.length,
      one?.checkIns.length,
      two?.sessions.length,
      two?.checkIns.length,
    ]).toEqual([1, 0, 0, 1]);
  });

  it("refuses a record for a missing course", async () => {
    await expect(repository().addSession("nope", buildSession("s1", "2027-01-09"))).rejects.toThrow(
      CourseNotFoundError,
    );
    await expect(repository().addCheckIn("nope", buildCheckIn("k1", "2027-01-09"))).rejects.toThrow(
      CourseNotFoundError,
    );
    await expect(repository().addRating("nope", buildRating("r1", "2027-01-09"))).rejects.toThrow(
      CourseNotFoundError,
    );
    await expect(
      repository().addPhoto("nope", buildPhoto("p1", "2027-01-09")),
    ).rejects.toMatchObject({
      name: "CourseNotFoundError",
      courseId: "nope",
    });
  });

  it("refuses a record id already used, even by another course, keeping the first", async () => {
    await repository().createCourse(buildCourse("c1"));
    await repository().createCourse(buildCourse("c2"));
    await repository().addSession("c1", buildSession("s1", "2027-01-09"));
    await expect(repository().addSession("c2", buildSession("s1", "2027-01-10"))).rejects.toThrow(
      DuplicateRecordError,
    );
    await repository().addRating("c1", buildRating("r1", "2027-01-09"));
    await expect(
      repository().addRating("c1", buildRating("r1", "2027-01-09")),
    ).rejects.toMatchObject({
      name: "DuplicateRecordError",
      table: "ratings",
      key: "r1",
    });
    expect((await repository().getHistory("c2"))?.sessions).toEqual([]);
  });

  it("keeps every acknowledged write of many made at once", async () => {
    await repository().createCourse(buildCourse("c1"));
    const dates = Array.from(
      { length: 60 },
      (_, i) => `2027-01-${String((i % 28) + 1).padStart(2, "0")}`,
    );
    await Promise.all(
      dates.map((date, i) =>
        i % 2 === 0
          ? repository().addSession("c1", buildSession(`s${i}`, date))
          : repository().addCheckIn("c1", buildCheckIn(`k${i}`, date)),
      ),
    );
    const history = await repository().getHistory("c1");
    expect([history?.sessions.length, history?.checkIns.length]).toEqual([30, 30]);
  });

  it("fetches and deletes a photo record only under its own course", async () => {
    await repository().createCourse(buildCourse("c1"));
    await repository().createCourse(buildCourse("c2"));
    const photo = buildPhoto("p1", "2027-01-09", { mediaType: "image/png", angle: "front" });
    await repository().addPhoto("c1", photo);
    expect(await repository().getPhoto("c1", "p1")).toStrictEqual(photo);
    expect(await repository().getPhoto("c2", "p1")).toBeUndefined();
    expect(await repository().deletePhoto("c2", "p1")).toBe(false);
    expect(await repository().deletePhoto("c1", "p1")).toBe(true);
    expect(await repository().deletePhoto("c1", "p1")).toBe(false);
    expect(await repository().getPhoto("c1", "p1")).toBeUndefined();
    expect((await repository().getHistory("c1"))?.photos).toEqual([]);
  });

  it("keeps any text in notes and labels: accents, emoji, NUL, quotes, a lone surrogate", async () => {
    const label = 'Zoë Ångström 🌸 "quoted" O\'Brien';
    await repository().createCourse(buildCourse("c1", { label }));
    const notes = "redness ✓ \u0000 nul, \\ backslash, \n newline, \ud800 lone, 日本語";
    const session = buildSession("s1", "2027-01-09", { notes, performedBy: "Ana 'Mac' O\"Neil" });
    await repository().addSession("c1", session);
    const history = await repository().getHistory("c1");
    expect(history?.course.label).toBe(label);
    expect(history?.sessions).toStrictEqual([session]);
  });
}
