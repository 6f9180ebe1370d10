import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";

const update = vi.fn(async () => undefined);
vi.mock("virtual:pwa-register", () => ({
  registerSW: (opts: { onNeedRefresh?: () => void }) => {
    setTimeout(() => opts.onNeedRefresh?.(), 0);
    return update;
  },
}));

describe("new version notice (service worker, registerType prompt)", () => {
  it("offers Reload when a new version is waiting, and reloads only when asked", async () => {
    const { default: UpdateNotice } = await import("../../src/app/pwa/UpdateNotice");
    render(<UpdateNotice />);
    expect(await screen.findByText("A new version is available.")).toBeInTheDocument();
    expect(update).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole("button", { name: "Reload" }));
    expect(update).toHaveBeenCalledWith(true);
  });
  it("can be dismissed for later", async () => {
    const { default: UpdateNotice } = await import("../../src/app/pwa/UpdateNotice");
    render(<UpdateNotice />);
    await userEvent.click(await screen.findByRole("button", { name: "Later" }));
    expect(screen.queryByText("A new version is available.")).toBeNull();
  });
});
