import { expect, it } from "vitest";
import type { ContractContext } from "./repository-contract.js";
import { buildCourse, buildRevision, buildSession, fixturePlan } from "./repository-fixtures.js";
import { CourseNotFoundError, DuplicateRecordError, InvalidCursorError } from "./repository.js";

export function contractCourses({ repository }: ContractContext): void {
  it("answers health, and stops answering once closed", async () => {
    await expect(repository().health()).resolves.toBeUndefined();
    await repository().close();
    await expect(repository().health()).rejects.toThrow();
  });

  it("gives back a course exactly as created, with its real plan", async () => {
    const course = buildCourse("c1");
    await repository().createCourse(course);
    expect(await repository().getCourse("c1")).toStrictEqual(course);
    expect(await repository().getCourse("nope")).toBeUndefined();
  });

  it("keeps courses of every kind: no label, no due date, a plan with no schedule", async () => {
    const deferred = buildCourse("c2", { planIndex: 2, label: null, nextDue: null });
    expect(deferred.current.plan.schedule).toEqual([]);
    await repository().createCourse(deferred);
    expect(await repository().getCourse("c2")).toStrictEqual(deferred);
  });

  it("copies in and out: changing an object after writing or reading it changes nothing stored", async () => {
    const course = structuredClone(buildCourse("c1"));
    await repository().createCourse(course);
    (course as { label: string | null }).label = "changed";
    const read = await repository().getCourse("c1");
    (read?.current.plan.schedule as unknown[]).length = 0;
    expect(await repository().getCourse("c1")).toStrictEqual(buildCourse("c1"));
  });

  it("refuses a second course with the same id, keeping the first", async () => {
    await repository().createCourse(buildCourse("c1"));
    await expect(repository().createCourse(buildCourse("c1", { label: "other" }))).rejects.toThrow(
      DuplicateRecordError,
    );
    expect((await repository().getCourse("c1"))?.label).toBe("Client c1");
  });

  it("lists courses oldest first, then by id, a page at a time, each exactly once", async () => {
    const times = ["2026-12-03", "2026-12-01", "2026-12-02", "2026-12-01", "2026-12-01"];
    const ids = ["e", "c", "d", "a", "b"];
    for (const [i, id] of ids.entries()) {
      await repository().createCourse(buildCourse(id, { createdAt: `${times[i]}T09:00:00.000Z` }));
    }
    const seen: string[] = [];
    let after: string | undefined;
    let pages = 0;
    do {
      const page = await repository().listCourses({ limit: 2, ...(after ? { after } : {}) });
      seen.push(...page.items.map((item) => item.id));
      after = page.next;
      pages += 1;
    } while (after !== undefined);
    expect(seen).toEqual(["a", "b", "c", "d", "e"]);
    expect(pages).toBe(3);
    const exact = await repository().listCourses({ limit: 5 });
    expect(exact.next).toBeUndefined();
    expect(exact.items).toHaveLength(5);
  });

  it("summarises a course in a list from its current revision", async () => {
    await repository().createCourse(buildCourse("c1"));
    await repository().saveRevision("c1", buildRevision(1, { state: "paused" }), null);
    const { items } = await repository().listCourses({ limit: 10 });
    expect(items).toStrictEqual([
      {
        id: "c1",
        createdAt: "2026-12-01T09:00:00.000Z",
        label: "Client c1",
        state: "paused",
        status: fixturePlan(1).status,
        nextDue: null,
      },
    ]);
  });

  it("refuses a cursor it did not give out, and a limit outside 1–1000", async () => {
    await expect(repository().listCourses({ limit: 10, after: "garbage" })).rejects.toThrow(
      InvalidCursorError,
    );
    await expect(repository().listCourses({ limit: 10, after: btoa("[1,2]") })).rejects.toThrow(
      InvalidCursorError,
    );
    for (const limit of [0, 1001, 1.5]) {
      await expect(repository().listCourses({ limit })).rejects.toThrow(RangeError);
    }
    expect((await repository().listCourses({ limit: 1000 })).items).toEqual([]);
  });

  it("makes a saved revision current, keeps every revision in order, and moves the due date", async () => {
    const course = buildCourse("c1");
    await repository().createCourse(course);
    const second = buildRevision(2, { cause: "check-in" });
    const first = buildRevision(1);
    await repository().saveRevision("c1", first, "2027-02-13");
    await repository().saveRevision("c1", second, "2027-03-20");
    expect(await repository().getCourse("c1")).toStrictEqual({
      ...course,
      current: second,
      nextDue: "2027-03-20",
    });
    const history = await repository().getHistory("c1");
    expect(history?.revisions).toStrictEqual([course.current, first, second]);
  });

  it("refuses a revision for a missing course, and a revision number already saved", async () => {
    await expect(repository().saveRevision("nope", buildRevision(1), null)).rejects.toThrow(
      CourseNotFoundError,
    );
    await repository().createCourse(buildCourse("c1"));
    await repository().saveRevision("c1", buildRevision(1), "2027-02-13");
    await expect(
      repository().saveRevision("c1", buildRevision(1, { cause: "again" }), null),
    ).rejects.toThrow(DuplicateRecordError);
    const course = await repository().getCourse("c1");
    expect([course?.current.cause, course?.nextDue]).toEqual(["session-logged", "2027-02-13"]);
  });

  it("deletes a course with everything recorded for it", async () => {
    await repository().createCourse(buildCourse("c1"));
    await repository().createCourse(buildCourse("c2"));
    await repository().saveRevision("c1", buildRevision(1), "2027-02-13");
    await repository().addSession("c1", buildSession("s1", "2027-01-09"));
    await repository().setFeedToken("c1", "hash-1");
    expect(await repository().deleteCourse("c1")).toBe(true);
    expect(await repository().deleteCourse("c1")).toBe(false);
    expect(await repository().getCourse("c1")).toBeUndefined();
    expect(await repository().getHistory("c1")).toBeUndefined();
    expect(await repository().findCourseByFeedToken("hash-1")).toBeUndefined();
    expect(await repository().sessionsDue("2000-01-01", "2100-01-01", { limit: 10 })).toEqual([
      expect.objectContaining({ courseId: "c2" }),
    ]);
    // The session's row went too: its id and the token are free again.
    await repository().addSession("c2", buildSession("s1", "2027-01-09"));
    await repository().setFeedToken("c2", "hash-1");
    expect(await repository().findCourseByFeedToken("hash-1")).toBe("c2");
    expect((await repository().listCourses({ limit: 10 })).items.map((c) => c.id)).toEqual(["c2"]);
  });
}
