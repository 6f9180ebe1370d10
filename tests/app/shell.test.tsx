import { screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { serveData } from "../helpers/data-server";
import { renderApp } from "../helpers/render-app";

afterEach(() => vi.unstubAllGlobals());

describe("app shell", () => {
  it("states the finding at the report date, its figures and the UN article's own, labelled", async () => {
    serveData();
    renderApp();
    const figures = await screen.findByRole("list", { name: "Headline figures" });
    const items = within(figures).getAllByRole("listitem");
    expect(items.map((li) => li.textContent)).toEqual(
      expect.arrayContaining(["6,238police officers", "80countries sent them", "11operations with police"]),
    );
    // The comparison with the peak needs the yearly series, which may arrive a render later.
    expect(
      await screen.findByText(
        /^On 30 June 2024, 6,238 UN police officers served in 11 operations, 56% fewer than at the December 2010 peak; Rwanda and Senegal sent 35% of them\.$/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getAllByText(/Source: UN police contributions report, 30 June 2024/).length,
    ).toBeGreaterThan(0);
    // Where the article and the report disagree, both are on screen, each labelled.
    expect(
      screen.getByText(
        /The UN's article says about 6,200 police officers deployed, 14 peace operations, 90 contributing countries/,
      ),
    ).toBeInTheDocument();
  });
  it("quotes Lacroix with speaker and date", async () => {
    serveData();
    renderApp();
    const quote = await screen.findByText(/UN Police save and improve lives/);
    expect(quote.closest("figure")).toHaveTextContent("Jean-Pierre Lacroix");
    expect(quote.closest("figure")).toHaveTextContent("June 2024");
  });
  it("names the sources of every dataset in the footer", async () => {
    serveData();
    renderApp();
    const footer = screen.getByRole("contentinfo");
    expect(await within(footer).findByText(/Our World in Data/)).toBeInTheDocument();
    expect(within(footer).getAllByRole("link").length).toBeGreaterThanOrEqual(9);
  });
  it("says when a link had values it ignored", async () => {
    serveData();
    renderApp("?year=1990&measure=<b>");
    expect(await screen.findByRole("status")).toHaveTextContent(/not understood.*measure, year/);
  });
});
