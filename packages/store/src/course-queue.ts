/**
 * Runs tasks one at a time per course within this process, in the order they came; other courses run
 * in parallel. The first layer of every store's `withCourseLock`: a process never waits on the
 * database for a lock one of its own tasks holds.
 */
export type CourseQueue = <T>(courseId: string, task: () => Promise<T>) => Promise<T>;

export function createCourseQueue(): CourseQueue {
  const tails = new Map<string, Promise<unknown>>();
  return async <T>(courseId: string, task: () => Promise<T>): Promise<T> => {
    const current = (tails.get(courseId) ?? Promise.resolve()).then(task);
    const tail = current.catch(() => undefined);
    tails.set(courseId, tail);
    try {
      return await current;
    } finally {
      if (tails.get(courseId) === tail) tails.delete(courseId);
    }
  };
}
