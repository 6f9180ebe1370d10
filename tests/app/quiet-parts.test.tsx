import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { serveData } from "../helpers/data-server";
import { renderApp } from "../helpers/render-app";

afterEach(() => vi.unstubAllGlobals());

/** Every DOM change under `el` from now on, as "TAG attribute" or "TAG children". */
function watch(el: Element) {
  const changes: string[] = [];
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      const target = r.target instanceof Element ? r.target : r.target.parentElement;
      changes.push(`${target?.tagName ?? "?"} ${r.type === "attributes" ? r.attributeName : r.type}`);
    }
  });
  observer.observe(el, { subtree: true, childList: true, attributes: true, characterData: true });
  return {
    changes: () => {
      changes.push(...observer.takeRecords().map((r) => `${r.target.nodeName} ${r.type}`));
      return changes;
    },
    stop: () => observer.disconnect(),
  };
}

// The header and the figures read no URL state. React rewrites a radio button's name and type each
// time it updates it, so a part that re-renders for no reason shows up as DOM churn: the header's
// theme radios were rewritten on every story step, selection and measure switch.
describe("parts of the page that a change elsewhere leaves alone", () => {
  it("a measure switch and a selection change nothing in the header or the figures; a story step nothing in the header", async () => {
    serveData();
    const user = userEvent.setup();
    renderApp();
    const next = await screen.findByRole("button", { name: /Next story/ }, { timeout: 15000 });
    await screen.findByRole("list", { name: "Headline figures" });
    // Every file of the first view is in (files that arrive redraw their views in a transition).
    await screen.findByText(/fewer than at the December 2010 peak/, undefined, { timeout: 5000 });
    const header = watch(screen.getByRole("banner"));
    const figures = watch(screen.getByRole("region", { name: "At a glance" }));

    await user.click(screen.getByRole("radio", { name: "Police hosted" }));
    await user.type(screen.getByRole("combobox", { name: "Find a country" }), "Rwanda{Enter}");
    await screen.findByRole("heading", { name: /Rwanda/ });
    expect(figures.changes()).toEqual([]);
    // A story moves every view to its year: the figures follow it, the header does not.
    await user.click(next);
    await screen.findByText("Story 1 of 5");
    expect(header.changes()).toEqual([]);
    header.stop();
    figures.stop();
  });
});
