import { addDays } from "@mnplan/core";
import { expect, it } from "vitest";
import type { ContractContext } from "./repository-contract.js";
import { buildCourse, buildSession } from "./repository-fixtures.js";
import { DuplicateRecordError } from "./repository.js";

const courses = (count: number, prefix = "c") =>
  Array.from({ length: count }, (_, i) =>
    buildCourse(`${prefix}${String(i).padStart(4, "0")}`, {
      planIndex: i,
      createdAt: `2026-12-01T09:${String(i % 60).padStart(2, "0")}:00.000Z`,
    }),
  );

const sessionsFor = (courseIds: readonly string[], perCourse: number) =>
  courseIds.flatMap((courseId, c) =>
    Array.from({ length: perCourse }, (_, s) => ({
      courseId,
      session: buildSession(`${courseId}-s${s}`, addDays("2027-01-02", s * 28 + (c % 7))),
    })),
  );

export function contractImports({ repository }: ContractContext): void {
  it("imports many courses at once, each readable exactly as given", async () => {
    const batch = courses(240);
    await repository().importCourses(batch);
    await repository().importCourses([]);
    for (const course of [batch[0], batch[101], batch[239]]) {
      expect(await repository().getCourse(course?.id ?? "")).toStrictEqual(course);
    }
    const page = await repository().listCourses({ limit: 1000 });
    expect(page.items).toHaveLength(240);
  });

  it("imports many sessions at once, into the right courses", async () => {
    const batch = courses(50);
    await repository().importCourses(batch);
    const rows = sessionsFor(
      batch.map((c) => c.id),
      40,
    );
    await repository().importSessions(rows);
    await repository().importSessions([]);
    const history = await repository().getHistory("c0007");
    expect(history?.sessions).toStrictEqual(
      rows.filter((r) => r.courseId === "c0007").map((r) => r.session),
    );
    expect(history?.sessions).toHaveLength(40);
  });

  it("imports nothing when one course repeats an id, in the batch or already stored", async () => {
    await repository().createCourse(buildCourse("c0003"));
    await expect(repository().importCourses(courses(10))).rejects.toMatchObject({
      name: "DuplicateRecordError",
      key: "c0003",
    });
    const twice = [...courses(5, "x"), buildCourse("x0002")];
    await expect(repository().importCourses(twice)).rejects.toThrow(DuplicateRecordError);
    expect((await repository().listCourses({ limit: 100 })).items.map((c) => c.id)).toEqual([
      "c0003",
    ]);
  });

  it("imports sessions whose ids and text hold quotes, backslashes, braces, tabs, new lines and non-ASCII", async () => {
    await repository().importCourses(courses(1));
    const odd = ['s-"{1,2}"\\', "s-\t\n\r,NULL", "s-ünï-😀", "s-", "NULL"];
    const rows = odd.map((id, i) => ({
      courseId: "c0000",
      session: buildSession(id, addDays("2027-01-02", i), {
        notes: `${id} said "fine", {left}\\ at 10\t°C\r\n— ✓ 😀 \\x00ff`,
      }),
    }));
    await repository().importSessions(rows);
    expect((await repository().getHistory("c0000"))?.sessions).toStrictEqual(
      rows.map((row) => row.session),
    );
  });

  it("imports nothing when the bad session is among thousands, first or last (several statements)", async () => {
    const ids = courses(12).map((c) => c.id);
    await repository().importCourses(courses(12));
    const rows = sessionsFor(ids, 1000);
    const ghost = { courseId: "ghost", session: buildSession("g1", "2027-01-09") };
    for (const at of [10, 11_900]) {
      await expect(
        repository().importSessions([...rows.slice(0, at), ghost, ...rows.slice(at)]),
      ).rejects.toMatchObject({ name: "CourseNotFoundError", courseId: "ghost" });
    }
    const last = rows.at(-1) ?? ghost;
    await repository().addSession(last.courseId, last.session);
    await expect(repository().importSessions(rows)).rejects.toMatchObject({
      name: "DuplicateRecordError",
      key: last.session.id,
    });
    expect((await repository().getHistory(ids[0] ?? ""))?.sessions).toEqual([]);
    expect((await repository().getHistory(last.courseId))?.sessions).toStrictEqual([last.session]);
  });

  it("imports no session when one names a missing course or repeats an id", async () => {
    await repository().importCourses(courses(3));
    const rows = sessionsFor(["c0000", "c0001", "c0002"], 5);
    const missing = [
      ...rows.slice(0, 7),
      { courseId: "ghost", session: buildSession("g1", "2027-01-09") },
      ...rows.slice(7),
    ];
    await expect(repository().importSessions(missing)).rejects.toMatchObject({
      name: "CourseNotFoundError",
      courseId: "ghost",
    });
    await expect(repository().importSessions([...rows, ...rows.slice(3, 4)])).rejects.toThrow(
      DuplicateRecordError,
    );
    expect((await repository().getHistory("c0000"))?.sessions).toEqual([]);

    await repository().addSession("c0002", buildSession("c0001-s4", "2027-01-05"));
    await expect(repository().importSessions(rows)).rejects.toMatchObject({
      name: "DuplicateRecordError",
      table: "sessions",
      key: "c0001-s4",
    });
    expect((await repository().getHistory("c0000"))?.sessions).toEqual([]);
  });
}
