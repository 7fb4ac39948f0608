// Loads a course from the server for the course pages, and reloads it after a change.
import type { Course } from "@mnplan/core";
import { useCallback, useEffect, useState } from "react";
import { apiFetch, ApiError } from "./api";

export type CourseLoad =
  | { readonly status: "loading" }
  | { readonly status: "missing" }
  | { readonly status: "failed"; readonly error: Error }
  | { readonly status: "ready"; readonly course: Course };

/** The course with `id` (its current revision included), and a function that fetches it again. */
export function useCourse(id: string): { load: CourseLoad; reload: () => void } {
  const [load, setLoad] = useState<CourseLoad>({ status: "loading" });
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const abort = new AbortController();
    apiFetch<Course>(`/api/courses/${encodeURIComponent(id)}`, { signal: abort.signal }).then(
      (course) => setLoad({ status: "ready", course }),
      (error: unknown) => {
        if (abort.signal.aborted) return;
        if (error instanceof ApiError && error.status === 404) setLoad({ status: "missing" });
        else
          setLoad({
            status: "failed",
            error: error instanceof Error ? error : new Error(String(error)),
          });
      },
    );
    return () => abort.abort();
  }, [id, version]);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { load, reload };
}
