/**
 * Runs one journal write per course at a time within this process, so the too-early check and the
 * revision number read the state the write is based on. (Several server instances on one database
 * would need the store to arbitrate; see README.)
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
