// The year control: every view shows the chosen December 2007–2024, gaps stay gaps, stories set the
// year, and a failed history file is named while the rest of the page works.
import { fireEvent, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { barNames, findChart } from "../helpers/bars";
import { serveData } from "../helpers/data-server";
import { renderApp } from "../helpers/render-app";

afterEach(() => vi.unstubAllGlobals());

const map = () => screen.findByRole("group", { name: /^World map:/ });
const year = () => new URLSearchParams(window.location.search).get("year");

describe("the year control", () => {
  it("shows December 2010 in the map, the panel and both rankings from a deep link", async () => {
    serveData();
    renderApp("?year=2010&country=BGD");
    expect(await screen.findByText("Police officers contributed, 31 December 2010")).toBeInTheDocument();
    const panel = await screen.findByRole("region", { name: "Bangladesh" });
    expect(panel).toHaveTextContent("1,862 officers, 2nd of 85 contributing countries; 139 women");
    expect(panel).toHaveTextContent("UNAMID (Sudan): 654 officers (555 officers in formed units)");
    expect(within(panel).getByRole("heading", { name: "Police contributed each December, 2007–2024" }));
    const table = within(panel).getByRole("table");
    expect(within(table).getByRole("row", { name: /^2010 1,862 192 1,670 139$/ })).toBeInTheDocument();
    expect(within(table).getByRole("row", { name: /^2014 no data no data no data no data$/ }));
    expect(within(table).getByRole("row", { name: /^2007 947 not recorded not recorded not recorded$/ }));
    // One time control, and it says the date every view shows.
    expect(screen.getAllByRole("slider")).toHaveLength(1);
    expect(screen.getByRole("slider", { name: "Date" })).toHaveAttribute(
      "aria-valuetext",
      "31 December 2010",
    );
    expect(screen.queryByRole("group", { name: "Report date" })).toBeNull();
    await vi.waitFor(async () =>
      expect(barNames(await findChart("Bar chart: top police contributors")).slice(0, 2)).toEqual([
        "Jordan, 1st, 1,902 officers",
        "Bangladesh, 2nd, 1,862 officers",
      ]),
    );
    const missions = barNames(await findChart("Bar chart: missions by police strength"));
    expect(missions[0]).toMatch(/^UNAMID, .*, 1st, 4,977 officers$/);
    expect(missions.some((m) => m?.startsWith("MINUSCA"))).toBe(false);
  });

  it("shows 2014 as no data, hatched and explained, never as zero", async () => {
    serveData();
    renderApp("?year=2014");
    expect(await screen.findByRole("note")).toHaveTextContent(
      /^No data for this year\. No figures by contributing/,
    );
    const rwanda = within(await map()).queryByRole("button", { name: /^Rwanda/ });
    // Unknown countries are not reachable as "0 officers" buttons; the search still finds them.
    expect(rwanda).toBeNull();
    expect(document.querySelector('#map path[data-key="RWA"]')?.getAttribute("fill")).toMatch(/^url\(#hatch/);
    expect(
      await screen.findByText(/^No data for this year\. No figures by contributing/, {
        selector: ".chart__empty",
      }),
    );
    // The missions' totals are known for 2014.
    expect(barNames(await findChart("Bar chart: missions by police strength"))[0]).toMatch(
      /^UNAMID, .*, 1st, 3,035 officers$/,
    );
  });

  it("moves with the one scrubber over the Decembers and both 2024 reports, and back again", async () => {
    serveData();
    renderApp("?year=2012");
    const slider = await screen.findByRole("slider", { name: "Date" });
    expect(slider).toHaveAttribute("max", "18");
    fireEvent.change(slider, { target: { value: "9" } });
    await vi.waitFor(() => expect(year()).toBe("2016"));
    expect(await screen.findByText("Police officers contributed, 31 December 2016")).toBeInTheDocument();
    // The figures beside the map follow the same date.
    expect(await screen.findByText(/^In December 2016, 12,772 UN police officers/)).toBeInTheDocument();
    fireEvent.change(slider, { target: { value: "17" } });
    await vi.waitFor(() => expect(year()).toBeNull());
    expect(await screen.findByText("Police officers contributed, 30 June 2024")).toBeInTheDocument();
    expect(slider).toHaveAttribute("aria-valuetext", "30 June 2024");
    fireEvent.change(slider, { target: { value: "18" } });
    await vi.waitFor(() => expect(window.location.search).toBe("?date=2024-12-31"));
    expect(await screen.findByText("Police officers contributed, 31 December 2024")).toBeInTheDocument();
    // ...and from 31 December 2024 back to 30 June 2024, which the old year slider could not do.
    fireEvent.change(slider, { target: { value: "17" } });
    await vi.waitFor(() => expect(window.location.search).toBe(""));
    expect(await screen.findByText(/^On 30 June 2024, 6,238 UN police officers/)).toBeInTheDocument();
  });

  it("takes a story's year when a story is chosen: Liberia, 2007, with India's officers", async () => {
    serveData();
    renderApp();
    const list = await screen.findByRole("list", { name: "The five stories" });
    const liberia = within(list).getByRole("button", { name: /Liberia, 2007/ });
    await userEvent.click(liberia);
    await vi.waitFor(() => expect(year()).toBe("2007"));
    expect(await screen.findByText("Police officers contributed, 31 December 2007")).toBeInTheDocument();
    await vi.waitFor(async () =>
      expect(
        within(await map()).getByRole("button", { name: /^India, 493 police officers contributed/ }),
      ).toBeInTheDocument(),
    );
    // UNMIL, closed in 2018, is on the 2007 map.
    expect(document.querySelector('#map [data-key="m:UNMIL"]')).not.toBeNull();
  });

  it("names a failed history file where the map would be, and keeps the rest and the way back", async () => {
    serveData({ "history.json": { status: 404 } });
    renderApp("?year=2010");
    const alerts = await screen.findAllByRole("alert");
    for (const a of alerts) expect(a).toHaveTextContent(/December history 2007–2024 could not be loaded/);
    // The stories need no history; the one time control still leads back to a date that loads.
    expect(await screen.findByText(/Restoring law and order/)).toBeInTheDocument();
    fireEvent.change(screen.getByRole("slider", { name: "Date" }), { target: { value: "17" } });
    expect(await screen.findByText("Police officers contributed, 30 June 2024")).toBeInTheDocument();
  });
});
