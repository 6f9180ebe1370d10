// The second report date (31 December 2024): the map and the rankings switch together, each view
// names its date, and so do the headline figures and the finding.
import { fireEvent, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { barNames, findChart } from "../helpers/bars";
import { serveData } from "../helpers/data-server";
import { renderApp } from "../helpers/render-app";

afterEach(() => vi.unstubAllGlobals());

const chart = findChart;
/** The one time control's stops: 17 is 30 June 2024, 18 is 31 December 2024. */
const setDate = async (stop: number) =>
  fireEvent.change(await screen.findByRole("slider", { name: "Date" }), { target: { value: String(stop) } });

describe("report date", () => {
  it("switches the map and both rankings to 31 December 2024 and back, through the URL", async () => {
    const server = serveData();
    renderApp();
    expect(await screen.findByRole("slider", { name: "Date" })).toHaveAttribute(
      "aria-valuetext",
      "30 June 2024",
    );
    expect(barNames(await chart("Bar chart: top police contributors"))[0]).toBe(
      "Rwanda, 1st, 1,115 officers",
    );
    // The second date's files are not fetched until asked for.
    expect(server.calls.some((u) => u.includes("2024-12-31"))).toBe(false);

    await setDate(18);
    await vi.waitFor(() => expect(window.location.search).toBe("?date=2024-12-31"));
    await vi.waitFor(() =>
      expect(screen.getByTestId("live-announcer")).toHaveTextContent(
        "Map and rankings: figures for 31 December 2024",
      ),
    );
    await vi.waitFor(() =>
      expect(screen.getByRole("slider", { name: "Date" })).toHaveAttribute(
        "aria-valuetext",
        "31 December 2024",
      ),
    );
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
    expect(
      within(map).getByText(/Source: UN police contributions report, 31 December 2024/),
    ).toBeInTheDocument();
    expect(within(map).queryByRole("button", { name: /^MINUSMA/ })).not.toBeInTheDocument();
    // The headline figures and the finding follow the same date.
    const figures = screen.getByRole("list", { name: "Headline figures" });
    await vi.waitFor(() => expect(within(figures).getByText("6,133")).toBeInTheDocument());
    expect(
      screen.getByText(/^On 31 December 2024, 6,133 UN police officers served in 10 operations/),
    ).toBeInTheDocument();
    // The UN article's round figures are for mid-2024: not shown beside December's.
    expect(screen.queryByText(/The UN's article says/)).toBeNull();

    await setDate(17);
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
    await setDate(18);
    // The map, the rankings and the headline figures each name the file (the rankings a frame after
    // the map).
    // Three views in turn, each a transition: under a full parallel run this can take seconds.
    await vi.waitFor(() => expect(screen.getAllByRole("alert")).toHaveLength(3), { timeout: 4_000 });
    const alerts = screen.getAllByRole("alert");
    for (const alert of alerts)
      expect(alert).toHaveTextContent("police contributions by country, 31 December 2024");
    expect(screen.getByText(/Restoring law and order/)).toBeInTheDocument();
    // The time control stays with the failed map, so the visitor can go back to the date that loads.
    await setDate(17);
    await vi.waitFor(() => expect(screen.queryByRole("alert")).not.toBeInTheDocument(), { timeout: 4_000 });
    expect(
      await screen.findByRole("button", { name: "Rwanda, 1st, 1,115 officers" }, { timeout: 4_000 }),
    ).toBeInTheDocument();
  });
});
