import { fireEvent, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { barNames, findChart } from "../helpers/bars";
import { readData, serveData } from "../helpers/data-server";
import { renderApp } from "../helpers/render-app";

afterEach(() => vi.unstubAllGlobals());

const chart = findChart;

describe("ranked bar charts", () => {
  it("puts the article's five first, from the data, top 10 by default, all on request", async () => {
    serveData();
    renderApp();
    const bars = await chart("Bar chart: top police contributors");
    expect(barNames(bars).slice(0, 5)).toEqual([
      "Rwanda, 1st, 1,115 officers",
      "Senegal, 2nd, 1,090 officers",
      "Egypt, 3rd, 393 officers",
      "Bangladesh, 4th, 358 officers",
      "Cameroon, 5th, 344 officers",
    ]);
    expect(barNames(bars)).toHaveLength(10);
    await userEvent.click(screen.getByRole("button", { name: "Show all 80 countries" }));
    expect(barNames(await chart("Bar chart: top police contributors"))).toHaveLength(80);
    // Ties share a rank.
    expect(barNames(await chart("Bar chart: top police contributors"))).toContain(
      "Tajikistan, =75th, 1 officer",
    );
  });

  it("ranks missions with MINUSCA first and marks MINUSMA as closed", async () => {
    serveData();
    renderApp();
    const bars = await chart("Bar chart: missions by police strength");
    const names = barNames(bars);
    expect(names).toHaveLength(11);
    expect(names[0]).toMatch(
      /^MINUSCA, United Nations Multidimensional .* Central African Republic, 1st, 2,969 officers$/,
    );
    expect(names.find((n) => n?.startsWith("MINUSMA"))).toMatch(/closed mission, officers leaving/);
    expect(names.find((n) => n?.startsWith("UNISFA"))).toMatch(/no host country to select/);
  });

  it("sorts by name and back, through the URL", async () => {
    serveData();
    renderApp();
    await chart("Bar chart: top police contributors");
    await userEvent.click(screen.getByRole("radio", { name: "By name" }));
    await vi.waitFor(() => expect(window.location.search).toBe("?sort=name"));
    const names = barNames(await chart("Bar chart: top police contributors"));
    expect(names[0]).toMatch(/^Bangladesh/);
    await userEvent.click(screen.getByRole("radio", { name: "By size" }));
    expect(barNames(await chart("Bar chart: top police contributors"))[0]).toMatch(/^Rwanda/);
  });

  it("shows the same data as tables with captions and headers", async () => {
    serveData();
    renderApp();
    await chart("Bar chart: top police contributors");
    const rankings = screen.getByRole("region", { name: "Rankings" });
    await userEvent.click(within(rankings).getByRole("button", { name: "Show as table" }));
    await vi.waitFor(() => expect(window.location.search).toBe("?view=table"));
    const table = screen.getByRole("table", { name: "Police officers contributed by country, 30 June 2024" });
    expect(
      within(table)
        .getAllByRole("columnheader")
        .map((h) => h.textContent),
    ).toEqual(["Rank", "Country", "ISO code", "Officers"]);
    expect(within(table).getAllByRole("row")[1]).toHaveTextContent("1stRwandaRWA1,115");
    expect(screen.getByRole("table", { name: /Police officers per UN operation/ })).toBeInTheDocument();
  });

  it("moves between bars with the arrow keys (one tab stop) and selects with Enter", async () => {
    serveData();
    renderApp();
    const bars = await chart("Bar chart: top police contributors");
    const stops = within(bars)
      .getAllByRole("button")
      .filter((b) => b.getAttribute("tabindex") === "0");
    expect(stops).toHaveLength(1);
    stops[0]?.focus();
    await userEvent.keyboard("{ArrowDown}{ArrowDown}");
    expect(document.activeElement).toHaveAccessibleName("Egypt, 3rd, 393 officers");
    await userEvent.keyboard("{End}");
    expect(document.activeElement).toHaveAccessibleName("Indonesia, 10th, 200 officers");
    await userEvent.keyboard("{Enter}");
    await vi.waitFor(() => expect(window.location.search).toBe("?country=IDN"));
    expect(await screen.findByRole("region", { name: "Indonesia" })).toBeInTheDocument();
  });

  it("is linked with the map both ways", async () => {
    serveData();
    renderApp();
    const bars = await chart("Bar chart: top police contributors");
    // Clicking a bar selects the country everywhere: URL, map outline, country panel.
    await userEvent.click(within(bars).getByRole("button", { name: /^Senegal/ }));
    expect(within(bars).getByRole("button", { name: /^Senegal/ })).toHaveAttribute("aria-pressed", "true");
    const map = await screen.findByRole("group", { name: /^World map:/ });
    expect(map.querySelector('[data-highlight="SEN"]')).not.toBeNull();
    expect(await screen.findByRole("region", { name: "Senegal" })).toBeInTheDocument();
    // Hovering a country on the map highlights its bar.
    fireEvent.pointerMove(map.querySelector('[data-key="EGY"]') as Element);
    expect(within(bars).getByRole("button", { name: /^Egypt/ })).toHaveClass("bars__bar--lit");
    // A mission bar selects its host country.
    const missions = await chart("Bar chart: missions by police strength");
    await userEvent.click(within(missions).getByRole("button", { name: /^UNMISS/ }));
    await vi.waitFor(() => expect(window.location.search).toBe("?country=SSD"));
  });
});

describe("bar charts with unusual data", () => {
  const contributors = readData("contributors-2024-06-30.json") as { rows: Record<string, unknown>[] };
  const base = contributors.rows[0] as Record<string, unknown>;

  it("shows a message, not an empty frame, when no country has officers", async () => {
    serveData({
      "contributors-2024-06-30.json": {
        json: {
          ...contributors,
          rows: contributors.rows.map((r) => ({ ...r, ipo: 0, fpu: 0, total: 0, women: 0 })),
        },
      },
    });
    renderApp();
    expect(await screen.findByText("No country had police deployed on this date.")).toBeInTheDocument();
    expect(
      screen.queryByRole("group", { name: "Bar chart: top police contributors" }),
    ).not.toBeInTheDocument();
  });

  it("draws one country alone, and a very long name within the chart", async () => {
    const long = "A country with a very long name indeed, longer than any real one";
    const rows = [{ ...base, iso3: "ZZZ", country: long, total: 7, ipo: 7, fpu: 0, women: 0 }];
    serveData({ "contributors-2024-06-30.json": { json: { ...contributors, rows } } });
    renderApp();
    const bars = await chart("Bar chart: top police contributors");
    // The full name stays in the accessible name even where the label is cut to two lines.
    expect(barNames(bars)).toEqual([`${long}, 1st, 7 officers`]);
    const label = within(bars).getByRole("button").querySelector("text");
    expect(label?.querySelectorAll("tspan").length).toBeLessThanOrEqual(2);
  });

  it("gives tied countries a shared rank shown as =", async () => {
    serveData();
    renderApp();
    await userEvent.click(await screen.findByRole("button", { name: "Show all 80 countries" }));
    const names = barNames(await chart("Bar chart: top police contributors"));
    expect(names.filter((n) => n?.includes("=75th"))).toHaveLength(6);
  });
});
