// No internal string reaches the screen: the timeline (every year's readout, the caption, the
// tables) and the footer's sources show readable lines, never repository paths, file names or
// working notes from the source CSVs.
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { Footer } from "../../src/app/Footer";
import type { EventsFile, PoliceByYearFile, StoriesFile } from "../../src/data/schema";
import { StoryTimeline } from "../../src/features/stories/StoryTimeline";
import { readData, serveData } from "../helpers/data-server";
import { renderWithData } from "../helpers/render-app";

const INTERNAL = ["owid/", ".csv", ".pdf", "parsed", "(same file)"];
const internal = (text: string) => INTERNAL.filter((s) => text.toLowerCase().includes(s));

const series = readData("police-by-year.json") as PoliceByYearFile;
const events = readData("events.json") as EventsFile;
const { stories } = readData("stories.json") as StoriesFile;

describe("words on screen", () => {
  it("the timeline shows no internal string, at any year, with its tables open", async () => {
    const user = userEvent.setup();
    const { container } = renderWithData(
      <StoryTimeline
        series={series}
        events={{ data: events, errors: null, retry: () => undefined }}
        stories={stories}
        current={null}
        year={null}
        onYear={() => undefined}
        onStory={() => undefined}
      />,
    );
    await user.click(await screen.findByRole("button", { name: "Show as table" }));
    const seen = [container.textContent ?? ""];
    for (const hit of container.querySelectorAll(".tl-hit")) {
      await user.hover(hit);
      seen.push(container.querySelector(".tl-readout")?.textContent ?? "");
    }
    expect(seen.join("\n")).toMatch(
      /December 2022: 7,784 UN police officers Source: UN DPO report, December 2022/,
    );
    expect(internal(seen.join("\n"))).toEqual([]);
  });

  it("the footer lists every source by its title, with no internal string", async () => {
    serveData();
    renderWithData(<Footer />);
    const footer = screen.getByRole("contentinfo");
    await within(footer).findByText(/Our World in Data/);
    await waitFor(() => expect(footer).not.toHaveTextContent(/Loading/));
    expect(internal(footer.textContent ?? "")).toEqual([]);
  });
});
