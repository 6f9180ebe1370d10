// One broken side file (stories, missions, police by mission; the timeline's events) in each of three
// ways: the views that can do without it still draw (the map's countries, the top contributors, the
// timeline's line), and an alert where it is missed names the file.
import { screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { DATASETS, type DatasetName } from "../../src/data/datasets";
import { barNames } from "../helpers/bars";
import { type Fault, serveData } from "../helpers/data-server";
import { renderApp } from "../helpers/render-app";

afterEach(() => vi.unstubAllGlobals());

const FAULTS: [string, Fault][] = [
  ["missing (404)", { status: 404 }],
  ["not valid JSON", { body: "{ broken" }],
  ["the wrong shape", { json: { hello: "world" } }],
];

/** Each broken dataset, and the section whose alert names it. */
const BROKEN: [DatasetName, string][] = [
  ["stories", "Where UN police come from"],
  ["missions", "Where UN police come from"],
  ["deployments", "Where UN police come from"],
  ["events", "Timeline 2007–2024 and five stories"],
];

const WAIT = { timeout: 4_000 };

describe.each(BROKEN)("when %s fails", (name, alertSection) => {
  const { file, label } = DATASETS[name];

  it.each(FAULTS)(
    "%s: the map, the rankings and the timeline still draw, and an alert names it",
    async (_kind, fault) => {
      serveData({ [file]: fault });
      renderApp();

      // The alert, in the section that misses the file.
      const section = await screen.findByRole("region", { name: alertSection }, WAIT);
      const alerts = await within(section).findAllByRole("alert", {}, WAIT);
      expect(alerts.map((a) => a.textContent).join(" | ")).toContain(label);

      // The map still draws its countries, with their figures.
      const map = await screen.findByRole("group", { name: /^World map:/ }, WAIT);
      expect(map.querySelectorAll("path.map__country").length).toBeGreaterThanOrEqual(170);
      expect(within(map).getByRole("button", { name: /^Rwanda/ })).toHaveAccessibleName(/1,115/);

      // The rankings still draw the top contributors.
      // (The rankings and the timeline are lazy sections: they mount after the map.)
      const rankings = await screen.findByRole("region", { name: "Rankings" }, WAIT);
      const bars = await within(rankings).findByRole(
        "group",
        { name: "Bar chart: top police contributors" },
        WAIT,
      );
      expect(barNames(bars)[0]).toBe("Rwanda, 1st, 1,115 officers");

      // The timeline still draws the line of the December series.
      const timeline = await screen.findByRole(
        "region",
        { name: "Timeline 2007–2024 and five stories" },
        WAIT,
      );
      const chart = await within(timeline).findByRole("group", { name: /^Timeline 2007–2024/ }, WAIT);
      expect(chart.querySelector("path.tl-line")?.getAttribute("d")).toMatch(/^M/);
    },
    20_000,
  );
});
