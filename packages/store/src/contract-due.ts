import { addDays } from "@mnplan/core";
import { expect, it } from "vitest";
import type { ContractContext } from "./repository-contract.js";
import { buildCourse, buildRevision, fixturePlan } from "./repository-fixtures.js";
import { CourseNotFoundError } from "./repository.js";

export function contractDue({ repository }: ContractContext): void {
  it("lists sessions due between two dates, both ends included, soonest first then by course", async () => {
    const due = {
      before: "2027-01-31",
      from: "2027-02-01",
      middleB: "2027-02-04",
      middleA: "2027-02-04",
      to: "2027-02-07",
      after: "2027-02-08",
    };
    for (const [id, nextDue] of Object.entries(due)) {
      await repository().createCourse(buildCourse(id, { nextDue }));
    }
    await repository().createCourse(buildCourse("none", { nextDue: null }));
    const listed = await repository().sessionsDue("2027-02-01", "2027-02-07", { limit: 100 });
    expect(listed.map((d) => [d.courseId, d.date])).toEqual([
      ["from", "2027-02-01"],
      ["middleA", "2027-02-04"],
      ["middleB", "2027-02-04"],
      ["to", "2027-02-07"],
    ]);
    expect(listed[0]?.label).toBe("Client from");
    expect(await repository().sessionsDue("2027-02-04", "2027-02-04", { limit: 1 })).toEqual([
      expect.objectContaining({ courseId: "middleA" }),
    ]);
    expect(await repository().sessionsDue("2027-02-08", "2027-02-01", { limit: 10 })).toEqual([]);
    await expect(
      repository().sessionsDue("2027-01-01", "2027-12-31", { limit: 0 }),
    ).rejects.toThrow(RangeError);
  });

  it("numbers a due session from the current plan: on the date, the next one after, or past the last", async () => {
    const schedule = fixturePlan(0).schedule;
    const second = schedule[1]?.date ?? "";
    const last = schedule.at(-1);
    expect(schedule.length).toBeGreaterThan(2);
    await repository().createCourse(buildCourse("on", { nextDue: second }));
    await repository().createCourse(buildCourse("between", { nextDue: addDays(second, 1) }));
    await repository().createCourse(buildCourse("past", { nextDue: addDays(last?.date ?? "", 1) }));
    const listed = await repository().sessionsDue("2000-01-01", "2100-01-01", { limit: 10 });
    const numbers = Object.fromEntries(listed.map((d) => [d.courseId, d.number]));
    expect(numbers).toEqual({ on: 2, between: 3, past: (last?.number ?? 0) + 1 });
  });

  it("follows the due date of the latest revision, and drops a course with nothing due", async () => {
    await repository().createCourse(buildCourse("c1", { nextDue: "2027-01-09" }));
    await repository().saveRevision("c1", buildRevision(1, { plan: fixturePlan(0) }), "2027-02-13");
    expect(await repository().sessionsDue("2027-01-01", "2027-01-31", { limit: 10 })).toEqual([]);
    const [due] = await repository().sessionsDue("2027-02-13", "2027-02-13", { limit: 10 });
    expect(due?.courseId).toBe("c1");
    await repository().saveRevision("c1", buildRevision(2, { state: "paused" }), null);
    expect(await repository().sessionsDue("2000-01-01", "2100-01-01", { limit: 10 })).toEqual([]);
  });

  it("sets, finds, replaces and revokes a course's feed token", async () => {
    await repository().createCourse(buildCourse("c1"));
    await repository().createCourse(buildCourse("c2"));
    expect(await repository().findCourseByFeedToken("h1")).toBeUndefined();
    await repository().setFeedToken("c1", "h1");
    await repository().setFeedToken("c1", "h1");
    expect(await repository().findCourseByFeedToken("h1")).toBe("c1");
    await repository().setFeedToken("c1", "h2");
    expect(await repository().findCourseByFeedToken("h1")).toBeUndefined();
    expect(await repository().findCourseByFeedToken("h2")).toBe("c1");
    await repository().setFeedToken("c1", null);
    expect(await repository().findCourseByFeedToken("h2")).toBeUndefined();
  });

  it("keeps a feed token to one course, and refuses a token for a missing course", async () => {
    await repository().createCourse(buildCourse("c1"));
    await repository().createCourse(buildCourse("c2"));
    await repository().setFeedToken("c1", "h1");
    await expect(repository().setFeedToken("c2", "h1")).rejects.toMatchObject({
      name: "DuplicateRecordError",
      table: "courses",
      key: "feed_token_hash",
    });
    expect(await repository().findCourseByFeedToken("h1")).toBe("c1");
    await repository().setFeedToken("c1", null);
    await repository().setFeedToken("c2", null);
    await repository().setFeedToken("c2", "h1");
    expect(await repository().findCourseByFeedToken("h1")).toBe("c2");
    await expect(repository().setFeedToken("nope", "h9")).rejects.toThrow(CourseNotFoundError);
    await expect(repository().setFeedToken("nope", null)).rejects.toThrow(CourseNotFoundError);
  });
}
