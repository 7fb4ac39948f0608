/**
 * Runs one task per course at a time within this process only. The journal's own writes do not use it:
 * they run under the repository's `withCourseLock`, which every process on the database respects.
 */
export interface CourseLocks {
  run<T>(courseId: string, task: () => Promise<T>): Promise<T>;
}

export function createCourseLocks(): CourseLocks {
  const tails = new Map<string, Promise<unknown>>();
  return {
    async run<T>(courseId: string, task: () => Promise<T>): Promise<T> {
      const current = (tails.get(courseId) ?? Promise.resolve()).then(task);
      const tail = current.catch(() => undefined);
      tails.set(courseId, tail);
      try {
        return await current;
      } finally {
        if (tails.get(courseId) === tail) tails.delete(courseId);
      }
    },
  };
}
