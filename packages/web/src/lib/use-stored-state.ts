// State kept in localStorage, so answers and the list of courses survive a reload. Values are
// checked when read back: a stored value that no longer fits falls back to the initial one.
import { useCallback, useSyncExternalStore } from "react";

const listeners = new Map<string, Set<() => void>>();
const cache = new Map<string, { raw: string | null; value: unknown }>();

function read<T>(key: string, initial: T, accept: (value: unknown) => value is T): T {
  let raw: string | null = null;
  try {
    raw = window.localStorage.getItem(key);
  } catch {
    return initial;
  }
  const hit = cache.get(key);
  if (hit && hit.raw === raw) return hit.value as T;
  let value: T = initial;
  if (raw !== null) {
    try {
      const parsed: unknown = JSON.parse(raw);
      if (accept(parsed)) value = parsed;
    } catch {
      value = initial;
    }
  }
  cache.set(key, { raw, value });
  return value;
}

/** Writes a stored value and tells every component that reads it. */
export function writeStored(key: string, value: unknown): void {
  try {
    if (value === undefined) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Private browsing or a full disk: the value lives only as long as the page.
  }
  cache.delete(key);
  for (const listener of listeners.get(key) ?? []) listener();
}

/** Like useState, kept under `key` in localStorage; `accept` checks what is read back. */
export function useStoredState<T>(
  key: string,
  initial: T,
  accept: (value: unknown) => value is T,
): [T, (next: T | ((previous: T) => T)) => void] {
  const subscribe = useCallback(
    (listener: () => void) => {
      const set = listeners.get(key) ?? new Set();
      set.add(listener);
      listeners.set(key, set);
      const onStorage = (event: StorageEvent) => {
        if (event.key === key) listener();
      };
      window.addEventListener("storage", onStorage);
      return () => {
        set.delete(listener);
        window.removeEventListener("storage", onStorage);
      };
    },
    [key],
  );
  const value = useSyncExternalStore(subscribe, () => read(key, initial, accept));
  const set = useCallback(
    (next: T | ((previous: T) => T)) => {
      const previous = read(key, initial, accept);
      const value = typeof next === "function" ? (next as (p: T) => T)(previous) : next;
      writeStored(key, value);
    },
    [key, initial, accept],
  );
  return [value, set];
}
