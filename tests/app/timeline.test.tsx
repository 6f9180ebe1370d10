import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { Timeline } from "../../src/charts/timeline/Timeline";
import type { EventsFile, PoliceByYearFile, StoriesFile, TimelineEvent } from "../../src/data/schema";
import { seriesSourceLine } from "../../src/data/sources";
import { readData } from "../helpers/data-server";

const series = readData("police-by-year.json") as PoliceByYearFile;
const events = (readData("events.json") as EventsFile).events;
const stories = (readData("stories.json") as StoriesFile).stories;

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

function Harness({
  initialYear = null,
  extraEvents = [],
  onYearSpy,
}: {
  initialYear?: number | null;
  extraEvents?: TimelineEvent[];
  onYearSpy?: (year: number, opts?: { replace?: boolean }) => void;
}) {
  const [year, setYear] = useState<number | null>(initialYear);
  const [story, setStory] = useState<string | null>(null);
  return (
    <Timeline
      rows={series.rows}
      seriesTitle={series.title}
      seriesSource={seriesSourceLine(series.rows)}
      events={[...events, ...extraEvents]}
      stories={stories}
      current={stories.find((s) => s.id === story) ?? null}
      year={year}
      onYear={(y, opts) => {
        onYearSpy?.(y, opts);
        setYear(y);
      }}
      onStory={setStory}
    />
  );
}

const chart = () => screen.getByRole("group", { name: /Timeline 2007–2024/ });

describe("the timeline", () => {
  it("labels every year from 2007 to 2024 on the axis", () => {
    render(<Harness />);
    const labels = [...chart().querySelectorAll(".tl-tick text")].map((t) => t.textContent);
    expect(labels).toEqual(series.rows.map((r) => String(r.year)));
  });

  it("is an export root with a stable id, and its UI-only hit areas are marked to be left out", () => {
    render(<Harness />);
    const svg = chart();
    expect(svg.tagName.toLowerCase()).toBe("svg");
    expect(svg).toHaveAttribute("data-export-root");
    expect(svg.closest("#timeline-chart")).not.toBeNull();
    expect(svg.querySelectorAll("[data-export=omit] .tl-hit")).toHaveLength(18);
  });

  it("shows the chosen year's December figure with its source", () => {
    render(<Harness initialYear={2010} />);
    expect(
      screen.getByText("December 2010:", { selector: ".tl-readout strong" }).closest("p"),
    ).toHaveTextContent(
      "December 2010: 14,322 UN police officers Source: Our World in Data, from UN reports.",
    );
    expect(chart()).toHaveTextContent("14,322 officers");
  });

  it("lists the events of the year shown", () => {
    render(<Harness initialYear={2011} />);
    const list = screen.getByRole("list", { name: "Events in 2011" });
    expect(list).toHaveTextContent("9 January 2011 – 15 January 2011: South Sudan votes on independence");
    expect(list).toHaveTextContent("9 July 2011: South Sudan becomes independent");
    expect(within(list).getAllByRole("listitem")).toHaveLength(2);
  });

  it("shows a year's figure on hover, and the source of the whole series under the chart", async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const hits = chart().querySelectorAll(".tl-hit");
    const first = hits[0];
    if (!first) throw new Error("no hit areas");
    await user.hover(first);
    expect(
      screen.getByText("December 2007:", { selector: ".tl-readout strong" }).closest("p"),
    ).toHaveTextContent("11,077 UN police officers");
    expect(
      screen.getByText(
        /Source: Our World in Data, from UN reports \(2007–2021\); UN DPO December reports \(2022–2024\)\./,
      ),
    ).toBeInTheDocument();
  });

  it("has no year slider or Play of its own; a click on a year chooses it and marks it", async () => {
    const user = userEvent.setup();
    const spy = vi.fn();
    render(<Harness initialYear={2010} onYearSpy={spy} />);
    expect(screen.queryByRole("slider")).toBeNull();
    expect(screen.queryByRole("button", { name: /Play|Pause/ })).toBeNull();
    const hit = chart().querySelectorAll(".tl-hit")[2011 - 2007];
    if (!hit) throw new Error("no hit area for 2011");
    await user.click(hit);
    expect(spy).toHaveBeenLastCalledWith(2011, { replace: true });
    expect(chart().querySelector(".tl-tick--on")).toHaveTextContent("2011");
    expect(
      screen.getByText("December 2011:", { selector: ".tl-readout strong" }).closest("p"),
    ).toHaveTextContent("14,302 UN police officers");
  });

  it("offers the series and every event as tables", async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole("button", { name: "Show as table" }));
    const yearly = screen.getByRole("table", { name: series.title });
    expect(within(yearly).getAllByRole("row")).toHaveLength(series.rows.length + 1);
    expect(within(yearly).getByRole("row", { name: /2010 14,322/ })).toBeInTheDocument();
    const ev = screen.getByRole("table", { name: "Events on the timeline" });
    expect(within(ev).getAllByRole("row")).toHaveLength(events.length + 1);
    expect(ev).toHaveTextContent("9 January 2011 – 15 January 2011");
    expect(screen.getByRole("button", { name: "Hide the table" })).toHaveAttribute("aria-expanded", "true");
  });

  it("draws an event outside 2007–2024 at the edge, with a visible note", () => {
    render(
      <Harness
        extraEvents={[
          {
            id: "later",
            date: "2026-03",
            title: "A later meeting",
            detail: "d",
            countries: [],
            missions: [],
            source: "s",
          },
        ]}
      />,
    );
    const notes = screen.getByRole("list", { name: "Events outside 2007–2024" });
    expect(notes).toHaveTextContent(
      "A later meeting (March 2026) is outside 2007–2024 and is drawn at the right edge.",
    );
    expect(chart().querySelector("[data-clamped=after]")).toHaveTextContent("later");
  });

  it("stacks two events on the same date instead of drawing one over the other", () => {
    const same = (id: string): TimelineEvent => ({
      id,
      date: "2013-05-05",
      title: id,
      detail: "d",
      countries: [],
      missions: [],
      source: "s",
    });
    render(<Harness extraEvents={[same("twin-a"), same("twin-b")]} />);
    const marks = [...chart().querySelectorAll(".tl-event")].filter((g) =>
      g.querySelector("title")?.textContent?.includes("twin"),
    );
    expect(marks).toHaveLength(2);
    const [a, b] = marks.map((g) => g.querySelector("circle"));
    expect(a?.getAttribute("cx")).toBe(b?.getAttribute("cx"));
    expect(a?.getAttribute("cy")).not.toBe(b?.getAttribute("cy"));
  });

  it("marks the current story's years", async () => {
    const user = userEvent.setup();
    render(<Harness />);
    expect(chart().querySelector(".tl-current")).toBeNull();
    await user.click(screen.getByRole("button", { name: /^Story 4: Liberia/ }));
    expect(chart().querySelector(".tl-current")).toHaveTextContent("Story years");
  });
});
