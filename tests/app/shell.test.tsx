import { screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { serveData } from "../helpers/data-server";
import { renderApp } from "../helpers/render-app";

afterEach(() => vi.unstubAllGlobals());

describe("app shell", () => {
  it("shows the UN headline and the report's figures, each labelled", async () => {
    serveData();
    renderApp();
    const figures = await screen.findByRole("list", { name: "Headline figures" });
    const items = within(figures).getAllByRole("listitem");
    const officers = items.find((li) => li.textContent?.includes("police officers deployed"));
    expect(officers).toHaveTextContent("about 6,200");
    expect(officers).toHaveTextContent("UN headline (2024)");
    expect(officers).toHaveTextContent("6,238");
    expect(officers).toHaveTextContent("UN report, 30 June 2024");
    const ops = items.find((li) => li.textContent?.includes("peace operations"));
    expect(ops).toHaveTextContent("14");
    expect(ops).toHaveTextContent("11");
    const countries = items.find((li) => li.textContent?.includes("contributing countries"));
    expect(countries).toHaveTextContent("90");
    expect(countries).toHaveTextContent("80");
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
