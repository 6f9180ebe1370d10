// The second report date (31 December 2024): the map and the rankings switch together, each view
// names its date, and the headline figures stay with the article's date, labelled.
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { barNames, findChart } from "../helpers/bars";
import { serveData } from "../helpers/data-server";
import { renderApp } from "../helpers/render-app";

afterEach(() => vi.unstubAllGlobals());

const chart = findChart;

describe("report date", () => {
  it("switches the map and both rankings to 31 December 2024 and back, through the URL", async () => {
    const server = serveData();
    renderApp();
    const dates = await screen.findByRole("group", { name: "Report date" });
    expect(within(dates).getByRole("radio", { name: "30 June 2024" })).toBeChecked();
    expect(barNames(await chart("Bar chart: top police contributors"))[0]).toBe(
      "Rwanda, 1st, 1,115 officers",
    );
    // The second date's files are not fetched until asked for.
    expect(server.calls.some((u) => u.includes("2024-12-31"))).toBe(false);

    await userEvent.click(within(dates).getByRole("radio", { name: "31 December 2024" }));
    await vi.waitFor(() => expect(window.location.search).toBe("?date=2024-12-31"));
    await vi.waitFor(() =>
      expect(screen.getByTestId("live-announcer")).toHaveTextContent(
        "Map and rankings: figures for 31 December 2024",
      ),
    );
    await vi.waitFor(() => expect(screen.getByRole("radio", { name: "31 December 2024" })).toBeChecked());
    // The rankings follow in a deferred render.
    await vi.waitFor(async () =>
      expect(barNames(await chart("Bar chart: top police contributors")).slice(0, 5)).toEqual([
        "Rwanda, 1st, 1,097 officers",
        "Senegal, 2nd, 1,090 officers",
        "Egypt, 3rd, 397 officers",
        "Cameroon, 4th, 363 officers",
        "Mauritania, 5th, 326 officers",
      ]),
    );
    const missions = barNames(await chart("Bar chart: missions by police strength"));
    expect(missions).toHaveLength(10);
    expect(missions[0]).toMatch(/^MINUSCA, .*, 1st, 3,029 officers$/);
    expect(missions.some((n) => n?.startsWith("MINUSMA"))).toBe(false);
    expect(screen.getByText(/10 operations with police deployed, 31 December 2024\.$/)).toBeInTheDocument();
    // The map's legend and source name the date; its MINUSMA marker is gone.
    const map = screen.getByRole("region", { name: "Where UN police come from" });
    expect(within(map).getAllByText("Police officers contributed, 31 December 2024").length).toBeGreaterThan(
      0,
    );
    expect(within(map).getByText(/31 December 2024\. Police = individual officers/)).toBeInTheDocument();
    expect(within(map).queryByRole("button", { name: /^MINUSMA/ })).not.toBeInTheDocument();
    // The headline figures stay with the article's date, and say so.
    const figures = screen.getByRole("list", { name: "Headline figures" });
    expect(within(figures).getByText("6,238")).toBeInTheDocument();
    expect(within(figures).getAllByText("UN report, 30 June 2024").length).toBeGreaterThan(0);

    await userEvent.click(screen.getByRole("radio", { name: "30 June 2024" }));
    await vi.waitFor(() => expect(window.location.search).toBe(""));
    await vi.waitFor(async () =>
      expect(barNames(await chart("Bar chart: top police contributors"))[0]).toBe(
        "Rwanda, 1st, 1,115 officers",
      ),
    );
  });

  it("opens a shared link on the second date, with the country panel's figures for that date", async () => {
    serveData();
    renderApp("?date=2024-12-31&country=CMR");
    const panel = await screen.findByRole("region", { name: /Cameroon/ });
    expect(await within(panel).findAllByText(/363/)).not.toHaveLength(0);
    expect(within(panel).queryByText(/344/)).not.toBeInTheDocument();
  });

  it("names the second date's file when it fails, keeps the rest of the page and the way back", async () => {
    serveData({ "contributors-2024-12-31.json": { status: 404 } });
    renderApp();
    await userEvent.click(await screen.findByRole("radio", { name: "31 December 2024" }));
    const alerts = await screen.findAllByRole("alert");
    expect(alerts).toHaveLength(2);
    for (const alert of alerts)
      expect(alert).toHaveTextContent("police contributions by country, 31 December 2024");
    expect(screen.getByText("6,238")).toBeInTheDocument();
    // The switch stays with the failed map, so the visitor can go back to the date that loads.
    await userEvent.click(screen.getByRole("radio", { name: "30 June 2024" }));
    await vi.waitFor(() => expect(screen.queryByRole("alert")).not.toBeInTheDocument());
    expect(await screen.findByRole("button", { name: "Rwanda, 1st, 1,115 officers" })).toBeInTheDocument();
  });
});
