// Loads one of a course's lists from the API (`{ items: [...] }`), and loads it again on demand.
import { useCallback, useEffect, useState } from "react";
import { apiFetch } from "../lib/api";

export type ListLoad<T> =
  | { readonly status: "loading" }
  | { readonly status: "failed" }
  | { readonly status: "ready"; readonly items: readonly T[] };

/**
 * The items at `path`; `reload` fetches them again (keeping the old ones meanwhile), `update`
 * changes them here at once (after a write the server has answered) and then reloads.
 */
export function useList<T>(path: string): {
  load: ListLoad<T>;
  reload: () => void;
  update: (change: (items: readonly T[]) => readonly T[]) => void;
} {
  const [load, setLoad] = useState<ListLoad<T>>({ status: "loading" });
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const abort = new AbortController();
    apiFetch<{ items: T[] }>(path, { signal: abort.signal }).then(
      (body) => setLoad({ status: "ready", items: body.items }),
      () => {
        if (!abort.signal.aborted) setLoad({ status: "failed" });
      },
    );
    return () => abort.abort();
  }, [path, version]);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  const update = useCallback((change: (items: readonly T[]) => readonly T[]) => {
    setLoad((current) =>
      current.status === "ready" ? { status: "ready", items: change(current.items) } : current,
    );
    setVersion((v) => v + 1);
  }, []);
  return { load, reload, update };
}

/** The course's API path for one of its lists. */
export const listPath = (courseId: string, list: "sessions" | "check-ins" | "ratings" | "photos") =>
  `/api/courses/${encodeURIComponent(courseId)}/${list}`;
