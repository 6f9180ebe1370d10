// The rankings' own live region: after a change of date has settled, it names the new top five
// once; changes in a row (Play, a fast scrub) give one sentence, the last date's.
import { act, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { PLAY_STEP_MS } from "../../src/charts/shared/use-play-years";
import type { CountriesFile, HistoryFile } from "../../src/data/schema";
import { countryNames } from "../../src/data/selectors";
import { snapshotOf } from "../../src/data/snapshot";
import { RankingAnnouncer, SETTLE_MS, topFiveSentence } from "../../src/features/rankings/RankingAnnouncer";
import { rankingsModel } from "../../src/features/rankings/rankings-model";
import { readData } from "../helpers/data-server";

const history = readData("history.json") as HistoryFile;
const names = countryNames((readData("countries.json") as CountriesFile).rows);
const ranking = (year: number) =>
  rankingsModel({
    snapshot: snapshotOf(history, year, names, null, null),
    year,
    names,
    missions: null,
    highlight: { selected: null, hovered: null, story: null, storyCountries: [] },
    sort: "name",
    showAll: false,
  }).countries;

function Region({ year }: { year: number }) {
  const c = ranking(year);
  return <RankingAnnouncer message={topFiveSentence(c, year)} changeKey={c.asOf} />;
}
const region = () => screen.getByTestId("rankings-announcer");

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe("the rankings' announcement of the top five", () => {
  it("names the five first in rank order (whatever the sort), with their officers", () => {
    const c = ranking(2012);
    const five = c.rows.slice(0, 5);
    expect(five).toHaveLength(5);
    expect(topFiveSentence(c, 2012)).toBe(
      `December 2012, top five contributors: ${five.map((r) => `${r.label} ${r.value?.toLocaleString("en")}`).join("; ")}.`,
    );
  });

  it("says nothing on first load, then once, the last date's, after several changes in a row", () => {
    const { rerender } = render(<Region year={2010} />);
    act(() => vi.advanceTimersByTime(SETTLE_MS * 2));
    expect(region()).toBeEmptyDOMElement();
    expect(region()).toHaveAttribute("aria-live", "polite");

    // Play: a year per step, each before the last has settled. The region is read every 50 ms.
    const said: string[] = [];
    const wait = (ms: number) => {
      for (let t = 0; t < ms; t += 50) {
        act(() => vi.advanceTimersByTime(50));
        const text = region().textContent ?? "";
        if (text !== (said.at(-1) ?? "")) said.push(text);
      }
    };
    for (const year of [2011, 2012, 2013]) {
      rerender(<Region year={year} />);
      wait(PLAY_STEP_MS);
    }
    wait(SETTLE_MS * 3);
    expect(said).toEqual([topFiveSentence(ranking(2013), 2013)]);
    expect(region().textContent).toMatch(/^December 2013, top five contributors: \w/);
  });

  it("waits longer than Play's step, even slowed for reduced motion", () => {
    expect(SETTLE_MS).toBeGreaterThan(PLAY_STEP_MS * 1.5);
  });
});
