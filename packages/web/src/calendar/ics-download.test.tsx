import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { captureDownloads } from "../../test/capture-downloads";
import { IcsDownload } from "./ics-download";

afterEach(() => {
  vi.restoreAllMocks();
});

describe("IcsDownload", () => {
  it("downloads what it builds as microneedling-plan.ics and says so", async () => {
    const files = captureDownloads();
    render(<IcsDownload build={() => "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"} />);
    await userEvent.click(screen.getByRole("button", { name: "Download calendar file (.ics)" }));
    expect(files).toHaveLength(1);
    expect(files[0]!.name).toBe("microneedling-plan.ics");
    expect(files[0]!.blob.type).toContain("text/calendar");
    expect(await files[0]!.blob.text()).toBe("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");
    expect(screen.getByRole("status").textContent).toMatch(/downloading/);
  });
});
