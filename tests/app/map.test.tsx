import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { readData, serveData } from "../helpers/data-server";
import { renderApp } from "../helpers/render-app";

afterEach(() => vi.unstubAllGlobals());

const mapGroup = () => screen.findByRole("group", { name: /^World map:/ });

describe("the world map", () => {
  it("is one tab stop whose countries are named from the data", async () => {
    serveData();
    renderApp();
    const map = await mapGroup();
    expect(map).toHaveAccessibleName("World map: police officers contributed by country");
    const stops = map.querySelectorAll('[tabindex="0"]');
    expect(stops).toHaveLength(1);
    expect(stops[0]).toHaveAccessibleName(
      "Rwanda, 1,115 police officers contributed, 1st of 80 contributing countries, As of 30 June 2024",
    );
  });

  it("switching the measure changes the title, the legend and the countries' names", async () => {
    serveData();
    renderApp();
    await mapGroup();
    expect(screen.getByText("Police officers contributed, 30 June 2024")).toBeInTheDocument();
    await userEvent.click(screen.getByRole("radio", { name: "Police hosted" }));
    await vi.waitFor(() => expect(window.location.search).toBe("?measure=hosted"));
    expect(screen.getByRole("heading", { name: "Where UN police serve" })).toBeInTheDocument();
    expect(
      screen.getByText("Police officers serving in each host country, 30 June 2024"),
    ).toBeInTheDocument();
    const map = await mapGroup();
    // Full names, never the topology's abbreviations ("Central African Rep.").
    expect(
      within(map).getByRole("button", {
        name: "Central African Republic, 2,969 police officers serving here (MINUSCA), 1st of 10 host countries, As of 30 June 2024",
      }),
    ).toBeInTheDocument();
    // Abyei has no shape: UNISFA is a marker the keyboard can reach.
    expect(within(map).getByRole("button", { name: /^UNISFA, .*46 police officers/ })).toBeInTheDocument();
  });

  it("selects a mission by its marker: the mission's panel, not its host's; a country replaces it", async () => {
    serveData();
    renderApp();
    const map = await mapGroup();
    // A click, as the map hears it (d3-zoom's drag needs a real window for a mouse down).
    fireEvent.click(within(map).getByRole("button", { name: /^UNISFA, / }));
    const unisfa = await screen.findByRole("region", { name: /^UNISFA: Abyei area/ });
    expect(unisfa).toHaveTextContent("46 police officers on 30 June 2024");
    expect(unisfa).toHaveTextContent(/no shape of its own/);
    // Then MINUSCA's marker: MINUSCA's panel alone (UNISFA's stayed open when a marker selected
    // its host country), and no note about a missing shape: its host has one.
    fireEvent.click(within(map).getByRole("button", { name: /^MINUSCA, / }));
    const minusca = await screen.findByRole("region", { name: /^MINUSCA: Central African Republic/ });
    expect(minusca).toHaveTextContent("2,969 police officers on 30 June 2024");
    expect(minusca).not.toHaveTextContent(/no shape of its own/);
    expect(screen.queryByRole("region", { name: /^UNISFA/ })).toBeNull();
    await vi.waitFor(() => expect(window.location.search).toBe(""));
    fireEvent.click(within(map).getByRole("button", { name: /^Rwanda,/ }));
    expect(await screen.findByRole("region", { name: "Rwanda" })).toBeInTheDocument();
    expect(screen.queryByRole("region", { name: /^MINUSCA/ })).toBeNull();
  });

  it("shows a tooltip with name, figure, rank and date on hover", async () => {
    serveData();
    renderApp();
    const map = await mapGroup();
    fireEvent.pointerMove(within(map).getByRole("button", { name: /^Senegal,/ }));
    const tip = await screen.findByRole("tooltip");
    expect(tip).toHaveTextContent("Senegal");
    expect(tip).toHaveTextContent("1,090 police officers contributed");
    expect(tip).toHaveTextContent("2nd of 80 contributing countries");
    expect(tip).toHaveTextContent("As of 30 June 2024");
  });

  it("walks countries in rank order by keyboard, selects with Enter and clears with Escape", async () => {
    serveData();
    renderApp();
    const map = await mapGroup();
    const first = within(map).getByRole("button", { name: /^Rwanda,/ });
    first.focus();
    await userEvent.keyboard("{ArrowRight}");
    expect(document.activeElement).toHaveAccessibleName(/^Senegal, 1,090/);
    expect(await screen.findByRole("tooltip")).toHaveTextContent("Senegal");
    await userEvent.keyboard("{ArrowRight}{Enter}");
    await vi.waitFor(() => expect(window.location.search).toBe("?country=EGY"));
    const panel = await screen.findByRole("region", { name: "Egypt" });
    expect(panel).toHaveTextContent("393 officers, 3rd of 80 contributing countries");
    expect(panel).toHaveTextContent("MONUSCO (Democratic Republic of the Congo): 200 officers");
    await userEvent.keyboard("{Escape}");
    await vi.waitFor(() => expect(window.location.search).toBe(""));
    expect(screen.queryByRole("region", { name: "Egypt" })).not.toBeInTheDocument();
  });

  it("finds a country by name or ISO code", async () => {
    serveData();
    renderApp();
    await mapGroup();
    const box = screen.getByRole("combobox", { name: "Find a country" });
    await userEvent.type(box, "ind");
    const options = screen.getAllByRole("option");
    expect(options[0]).toHaveTextContent("India");
    await userEvent.clear(box);
    await userEvent.type(box, "caf{Enter}");
    await vi.waitFor(() => expect(window.location.search).toBe("?country=CAF"));
    const panel = await screen.findByRole("region", { name: "Central African Republic" });
    expect(panel).toHaveTextContent("2,969 officers serving here");
    // Stories linked to the country are listed and open the story.
    await userEvent.click(within(panel).getByRole("button", { name: /Protecting civilians/ }));
    await vi.waitFor(() => expect(window.location.search).toContain("story=car-protecting-civilians"));
  });

  it("highlights a story's host and contributing country", async () => {
    serveData();
    renderApp("?story=liberia-public-trust");
    const map = await mapGroup();
    // The story's year (2007) comes from the history files, which may arrive a render after the map.
    await waitFor(() => {
      const marked = [...map.querySelectorAll("[data-highlight]")].map((e) =>
        e.getAttribute("data-highlight"),
      );
      expect(marked.sort()).toEqual(["IND", "LBR"]);
    });
    expect(map.querySelector("title")?.textContent).toMatch(/India to Liberia/);
  });

  it("explains Kosovo in its panel", async () => {
    serveData();
    renderApp("?country=XKX&measure=hosted");
    const panel = await screen.findByRole("region", { name: "Kosovo" });
    expect(panel).toHaveTextContent("UNMIK, hosted here");
    expect(panel).toHaveTextContent(/no ISO 3166 code/);
  });
});

describe("the map with bad input", () => {
  const contributors = readData("contributors-2024-06-30.json") as { rows: Record<string, unknown>[] };
  const missions = readData("missions.json") as { rows: Record<string, unknown>[] };
  const topology = readData("world-110m.json") as {
    objects: { countries: { geometries: { id: string }[] } };
  };

  it("draws a country with an invalid figure as 'No data' and names it", async () => {
    // A negative count fails the schema, so the bad figure arrives as a float the schema lets through
    // only here: we patch the data after validation by giving a country 'no data' via a missing row.
    const rows = contributors.rows.map((r) => (r.iso3 === "NPL" ? { ...r, total: 0, ipo: 0, fpu: 0 } : r));
    serveData({ "contributors-2024-06-30.json": { json: { ...contributors, rows } } });
    renderApp();
    const map = await mapGroup();
    expect(within(map).queryByRole("button", { name: /^Nepal,/ })).not.toBeInTheDocument();
    fireEvent.pointerMove(map.querySelector('[data-key="NPL"]') as Element);
    expect(await screen.findByRole("tooltip")).toHaveTextContent("No police officers contributed");
    expect(screen.getByText("No data")).toBeInTheDocument();
  });

  it("lists a topology shape the country list does not know, and still draws the map", async () => {
    const geoms = topology.objects.countries.geometries.map((g) =>
      g.id === "008" ? { ...g, id: "999" } : g,
    );
    serveData({
      "world-110m.json": {
        json: { ...topology, objects: { countries: { ...topology.objects.countries, geometries: geoms } } },
      },
    });
    renderApp();
    await mapGroup();
    const notice = screen.getByRole("note", { name: "Items not drawn on the map" });
    expect(notice).toHaveTextContent("Map shape 999: not in the country list");
  });

  it("lists a mission without coordinates instead of dropping it silently", async () => {
    const rows = missions.rows.map((m) => (m.acronym === "UNFICYP" ? { ...m, hq: null } : m));
    serveData({ "missions.json": { json: { ...missions, rows } } });
    renderApp();
    await mapGroup();
    // The map is drawn before missions.json (an optional file) has arrived: wait for its line.
    await vi.waitFor(() =>
      expect(screen.getByRole("note", { name: "Items not drawn on the map" })).toHaveTextContent(
        "UNFICYP: no headquarters coordinates",
      ),
    );
  });

  it("lists a contributing country the map has no shape for", async () => {
    serveData();
    renderApp();
    await mapGroup();
    expect(screen.getByRole("note", { name: "Items not drawn on the map" })).toHaveTextContent(
      "Sao Tome and Principe (STP) has no shape on this map",
    );
  });
});
