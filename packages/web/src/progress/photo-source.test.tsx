import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { PhotoSource } from "./photo-source";

function stubCamera(getUserMedia: () => Promise<unknown>) {
  vi.stubGlobal("navigator", { ...navigator, mediaDevices: { getUserMedia } });
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe("PhotoSource", () => {
  it("offers only the file field when the browser has no camera at all", () => {
    stubCamera(undefined as never);
    render(<PhotoSource ghostUrl={undefined} missing={false} onChange={() => undefined} />);
    expect(screen.getByLabelText("Photo")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Take a photo with a guide" })).toBeNull();
  });

  it("falls back calmly to the phone's camera field when permission is refused", async () => {
    stubCamera(() => Promise.reject(new DOMException("denied", "NotAllowedError")));
    const user = userEvent.setup();
    render(<PhotoSource ghostUrl="/ghost.png" missing={false} onChange={() => undefined} />);
    await user.click(screen.getByRole("button", { name: "Take a photo with a guide" }));
    const capture = await screen.findByLabelText("Take a photo with the phone's camera");
    expect(document.activeElement).toBe(capture);
    expect(capture.getAttribute("capture")).toBe("user");
    expect(screen.getByText(/The camera could not be opened here/)).toBeTruthy();
  });

  it("shows the live camera with the last photo laid over it", async () => {
    const stop = vi.fn();
    // happy-dom's MediaStream has no tracks of its own: give it one to stop.
    const stream = Object.assign(new MediaStream(), { getTracks: () => [{ stop }] });
    stubCamera(() => Promise.resolve(stream));
    vi.spyOn(HTMLMediaElement.prototype, "play").mockResolvedValue(undefined);
    const user = userEvent.setup();
    const { unmount } = render(
      <PhotoSource ghostUrl="/api/courses/c/photos/p" missing={false} onChange={() => undefined} />,
    );
    await user.click(screen.getByRole("button", { name: "Take a photo with a guide" }));
    expect(screen.getByText(/Line your face or body up with the faint picture/)).toBeTruthy();
    expect(document.querySelector(".camera-ghost")?.getAttribute("src")).toBe(
      "/api/courses/c/photos/p",
    );
    const take = await screen.findByRole("button", { name: "Take photo" });
    await vi.waitFor(() => expect(take.hasAttribute("disabled")).toBe(false));
    unmount();
    expect(stop).toHaveBeenCalled();
  });
});
