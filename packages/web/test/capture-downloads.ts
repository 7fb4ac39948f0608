// For component tests: records the files a page hands to the browser to download, instead of
// saving them.
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
  vi.spyOn(URL, "revokeObjectURL").mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    const blob = blobs.get(this.href);
    if (blob) files.push({ name: this.download, blob });
  });
  return files;
}
