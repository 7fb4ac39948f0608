// For the journal pages' tests: the fake server on a chosen day, with the browser's clock on it.
import { afterAll, afterEach, beforeEach, vi } from "vitest";
import { createJournalServer } from "./fake-journal-server";

export type JournalServer = ReturnType<typeof createJournalServer>;

/** Lets each test of the calling file set the browser's date (only Date is faked). */
export function fakeDateEachTest(): void {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["Date"] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });
  afterAll(() => {
    vi.unstubAllGlobals();
  });
}

/** The browser's clock at noon in London on `today`, and the fake server of that day answering fetch. */
export function serveJournal(today: string): JournalServer {
  vi.setSystemTime(new Date(`${today}T12:00:00Z`));
  const server = createJournalServer(today);
  vi.stubGlobal("fetch", server.fetch);
  return server;
}
