import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { serveData } from "../helpers/data-server";
import { renderApp } from "../helpers/render-app";

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** Keeps what the page downloads (the blobs behind its object URLs) instead of saving files. */
function captureDownloads(): Blob[] {
  const blobs: Blob[] = [];
  vi.spyOn(URL, "createObjectURL").mockImplementation((b) => {
    blobs.push(b as Blob);
    return "blob:x";
  });
  vi.spyOn(URL, "revokeObjectURL").mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => undefined);
  return blobs;
}

const contributorsChart = async () => {
  await screen.findByRole("group", { name: "Bar chart: top police contributors" });
  return document.getElementById("contributors-chart") as HTMLElement;
};

describe("export menu", () => {
  it("opens and closes by keyboard, returning focus to its button", async () => {
    serveData();
    renderApp();
    const chart = await contributorsChart();
    const toggle = within(chart).getByRole("button", { name: "Export: Top police contributors" });
    toggle.focus();
    await userEvent.keyboard("{Enter}");
    expect(toggle).toHaveAttribute("aria-expanded", "true");
    // The open panel is a chunk of its own: its controls arrive with it.
    await within(chart).findByRole("button", { name: "Download PNG" });
    await userEvent.tab();
    await userEvent.keyboard("{Escape}");
    expect(toggle).toHaveAttribute("aria-expanded", "false");
    expect(toggle).toHaveFocus();
  });

  it("downloads the CSV behind the chart and says so", async () => {
    serveData();
    const blobs = captureDownloads();
    renderApp();
    const chart = await contributorsChart();
    await userEvent.click(within(chart).getByRole("button", { name: /^Export/ }));
    await userEvent.click(within(chart).getByRole("button", { name: "Download CSV" }));
    expect(
      await within(chart).findByText("un-police-top-contributors-2024-06-30.csv downloaded (80 rows)."),
    ).toBeInTheDocument();
    const text = await blobs[0]?.text();
    const lines = text?.trim().split("\r\n") ?? [];
    // Every contributing country, the ten drawn marked; the rank a plain number, ties in their own column.
    expect(lines[0]?.replace(/^\uFEFF/, "")).toBe(
      "country,iso3,police_contributed,rank,tied,drawn_in_chart,as_of,source",
    );
    expect(lines[1]).toMatch(/^Rwanda,RWA,1115,1,no,yes,2024-06-30,/);
    expect(lines).toHaveLength(81);
    expect(lines.filter((l) => /,(yes|no),yes,2024/.test(l))).toHaveLength(10);
  });

  it("names the report date in the file and the rows, for 31 December 2024 too", async () => {
    serveData();
    const blobs = captureDownloads();
    renderApp("?date=2024-12-31");
    await screen.findByRole("button", { name: "Rwanda, 1st, 1,097 officers" });
    const missions = document.getElementById("missions-chart") as HTMLElement;
    await userEvent.click(within(missions).getByRole("button", { name: /^Export/ }));
    await userEvent.click(within(missions).getByRole("button", { name: "Download CSV" }));
    expect(
      await within(missions).findByText("un-police-missions-2024-12-31.csv downloaded (10 rows)."),
    ).toBeInTheDocument();
    const rows = (await blobs[0]?.text())?.split("\r\n") ?? [];
    expect(rows[1]).toMatch(/^MINUSCA,.*,3029,1,no,yes,active,2024-12-31,/);
    expect(rows.some((r) => r.startsWith("MINUSMA"))).toBe(false);
  });

  it("disables image export with a reason in the table view", async () => {
    serveData();
    renderApp("?view=table");
    await screen.findByRole("table", { name: /Police officers contributed by country/ });
    const chart = document.getElementById("contributors-chart") as HTMLElement;
    await userEvent.click(within(chart).getByRole("button", { name: /^Export/ }));
    expect(within(chart).getByRole("button", { name: "Download PNG" })).toBeDisabled();
    expect(within(chart).getByText(/choose the chart view/)).toBeInTheDocument();
  });

  it("drafts the chart's description as alt text, the same one the page uses", async () => {
    serveData();
    renderApp();
    const bars = await screen.findByRole("group", { name: "Bar chart: top police contributors" });
    expect(bars).toHaveAccessibleDescription(
      /^Bar chart of the 10 countries contributing the most UN police officers, as of 30 June 2024\. The top 3: Rwanda \(1,115 officers\), Senegal \(1,090 officers\) and Egypt \(393 officers\)\. Source: UN Department of Peace Operations/,
    );
  });

  it("is disabled with a reason while the data is missing", async () => {
    serveData({ "contributors-2024-06-30.json": { status: 404 } });
    renderApp();
    const rankings = await screen.findByRole("region", { name: "Rankings" });
    await within(rankings).findByRole("alert");
    await userEvent.click(within(rankings).getByRole("button", { name: "Export: Rankings" }));
    expect(within(rankings).getByRole("button", { name: "Download PNG" })).toBeDisabled();
    expect(within(rankings).getByRole("button", { name: "Download CSV" })).toBeDisabled();
    expect(
      within(rankings).getByText(/rankings could not be loaded, so there is nothing to export yet/),
    ).toBeInTheDocument();
  });
});
