// For tests: records the files the page hands to the browser to download, instead of saving
// them, and reads calendar files back.
import ICAL from "ical.js";
import { vi } from "vitest";

export interface CapturedFile {
  readonly name: string;
  readonly blob: Blob;
}

/** Starts recording downloads; undo with vi.restoreAllMocks(). */
export function captureDownloads(): CapturedFile[] {
  const files: CapturedFile[] = [];
  const blobs = new Map<string, Blob>();
  vi.spyOn(URL, "createObjectURL").mockImplementation((blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    const blob = blobs.get(this.href);
    if (blob) files.push({ name: this.download, blob });
  });
  return files;
}

/** The events of a calendar file, read back with ical.js. */
export function readEvents(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  return calendar.getAllSubcomponents("vevent").map((event) => ({
    uid: String(event.getFirstPropertyValue("uid")),
    start: String(event.getFirstPropertyValue("dtstart")),
    sequence: Number(event.getFirstPropertyValue("sequence")),
  }));
}
