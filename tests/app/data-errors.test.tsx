// Each dataset failing in each of three ways: its views show a named alert, the rest keeps working.
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { DATASETS, type DatasetName } from "../../src/data/datasets";
import { DataGate } from "../../src/features/shared/DataGate";
import { type Fault, serveData } from "../helpers/data-server";
import { renderApp, renderWithData } from "../helpers/render-app";

afterEach(() => vi.unstubAllGlobals());

const FAULTS: [string, Fault, RegExp][] = [
  ["missing (404)", { status: 404 }, /could not be loaded: the file .* was not found/],
  ["not valid JSON", { body: "{ this is not json" }, /is damaged and is not valid JSON/],
  ["the wrong shape", { json: { hello: "world" } }, /does not have the expected content/],
];

const NAMES = Object.keys(DATASETS) as DatasetName[];

describe.each(NAMES)("when %s fails", (name) => {
  const d = DATASETS[name];
  it.each(FAULTS)("%s: a named alert, the rest of the page works", async (_kind, fault, message) => {
    serveData({ [d.file]: fault });
    // The second report date's files load only when that date is asked for, the history for a year.
    renderApp(name.endsWith("-later") ? "?date=2024-12-31" : name === "history" ? "?year=2010" : "");
    const alerts = await screen.findAllByRole("alert");
    for (const alert of alerts) {
      expect(alert).toHaveTextContent(d.label);
      expect(alert).toHaveTextContent(message);
      expect(within(alert).getByRole("button", { name: "Try again" })).toBeInTheDocument();
    }
    // A view that does not need this dataset still shows its data.
    if (name === "stories") expect((await screen.findAllByText("6,238")).length).toBeGreaterThan(0);
    else expect(await screen.findByText(/Restoring law and order/)).toBeInTheDocument();
  });
});

describe("Try again", () => {
  it("loads the data once the file is back", async () => {
    const server = serveData({ "headline.json": { status: 404 } });
    renderApp();
    const alert = await screen.findByRole("alert");
    vi.unstubAllGlobals();
    serveData();
    expect(server.calls.length).toBeGreaterThan(0);
    await userEvent.click(within(alert).getByRole("button", { name: "Try again" }));
    expect(await screen.findByText(/The UN's article says about 6,200/)).toBeInTheDocument();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });
});

// Each view's notice in plain English: "the rankings are", "the map is" (never "the rankings is").
describe("the notice names each view in plain English", () => {
  const titles = () => [...document.querySelectorAll(".error-notice__title")].map((el) => el.textContent);
  const CASES: [string, string, Record<string, Fault>, string[]][] = [
    ["the map", "", { "world-110m.json": { status: 404 } }, ["The map is unavailable."]],
    [
      "the map and the rankings",
      "",
      { [DATASETS.contributors.file]: { status: 404 } },
      ["The map is unavailable.", "The rankings are unavailable.", "The headline figures are unavailable."],
    ],
    ["the timeline", "", { "police-by-year.json": { status: 404 } }, ["The timeline is unavailable."]],
    [
      "the UN article's figures",
      "",
      { "headline.json": { status: 404 } },
      ["The UN article's own figures are not shown."],
    ],
    [
      "the presentation",
      "?step=1",
      { "stories.json": { status: 404 } },
      ["The presentation is unavailable."],
    ],
  ];
  it.each(CASES)("%s", async (_view, search, faults, expected) => {
    serveData(faults);
    renderApp(search);
    await waitFor(() => expect(titles()).toEqual(expect.arrayContaining(expected)));
    for (const title of titles()) expect(title).not.toMatch(/\b(rankings|figures|stories) is\b/);
  });

  it("says a plural view is still loading in plain English", () => {
    vi.stubGlobal("fetch", () => new Promise(() => undefined));
    renderWithData(
      <DataGate view="rankings" plural datasets={["headline"] as const} whileUnavailable={(r) => <p>{r}</p>}>
        {() => null}
      </DataGate>,
    );
    expect(screen.getByText("The rankings are still loading.")).toBeInTheDocument();
    expect(screen.getByText("Loading the rankings…")).toBeInTheDocument();
  });
});
