import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { CountriesFile, StoriesFile } from "../../src/data/schema";
import { StorySection } from "../../src/features/stories/StorySection";
import { highlightOf } from "../../src/state/linked";
import { useUrlState } from "../../src/state/use-url-state";
import { readData, serveData } from "../helpers/data-server";
import { renderWithData } from "../helpers/render-app";

afterEach(() => vi.unstubAllGlobals());

const stories = (readData("stories.json") as StoriesFile).stories;

/** The story section as App wires it, plus a probe that applies the shared highlight rule as the map does. */
function Harness() {
  const [{ state }, setState] = useUrlState();
  const [hovered, setHovered] = useState<string | null>(null);
  const h = highlightOf(state, hovered, stories);
  return (
    <>
      <StorySection state={state} setState={setState} hovered={hovered} setHovered={setHovered} />
      <output aria-label="Highlighted countries">{h.storyCountries.join(" ")}</output>
    </>
  );
}

function renderStories(search = "") {
  window.history.replaceState(null, "", `/${search}`);
  return renderWithData(<Harness />);
}

const storyParam = () => new URLSearchParams(window.location.search).get("story");
const cardHeading = () => screen.getByRole("article").querySelector("h3")?.textContent;

describe("the five stories", () => {
  it("lists the five stories from the data and asks for a choice", async () => {
    serveData();
    renderStories();
    const list = await screen.findByRole("list", { name: "The five stories" });
    const items = within(list).getAllByRole("button");
    expect(items).toHaveLength(5);
    expect(items.map((b) => b.textContent)).toEqual(stories.map((s) => expect.stringContaining(s.theme)));
    expect(screen.getByText("5 stories: choose one")).toBeInTheDocument();
    expect(screen.queryByRole("article")).not.toBeInTheDocument();
  });

  it("steps with the buttons: the first Next opens story 1, and the URL and highlight follow", async () => {
    serveData();
    const user = userEvent.setup();
    renderStories();
    const next = await screen.findByRole("button", { name: /Next story/ });
    await user.click(next);
    expect(screen.getByText("Story 1 of 5")).toBeInTheDocument();
    expect(cardHeading()).toBe(stories[0]?.title);
    await vi.waitFor(() => expect(storyParam()).toBe(stories[0]?.id));
    await user.click(next);
    expect(screen.getByText("Story 2 of 5")).toBeInTheDocument();
    await vi.waitFor(() => expect(storyParam()).toBe("car-protecting-civilians"));
    expect(screen.getByRole("status", { name: "Highlighted countries" })).toHaveTextContent("CAF CMR");
    await user.click(screen.getByRole("button", { name: /Previous story/ }));
    expect(screen.getByText("Story 1 of 5")).toBeInTheDocument();
    expect(screen.getByRole("status", { name: "Highlighted countries" })).toHaveTextContent("SSD");
  });

  it("pushes a history entry per story, so Back undoes a choice", async () => {
    serveData();
    const user = userEvent.setup();
    renderStories();
    const before = window.history.length;
    await user.click(await screen.findByRole("button", { name: /Next story/ }));
    await user.click(screen.getByRole("button", { name: /Next story/ }));
    await vi.waitFor(() => expect(window.history.length).toBe(before + 2));
  });

  it("steps with the arrow keys when the focus is in the story area, and stops at the ends", async () => {
    serveData();
    const user = userEvent.setup();
    renderStories();
    const area = await screen.findByRole("region", { name: "Stories" });
    area.focus();
    for (let n = 1; n <= 5; n++) {
      await user.keyboard("{ArrowRight}");
      expect(within(area).getByText(`Story ${n} of 5`)).toBeInTheDocument();
      expect(cardHeading()).toBe(stories[n - 1]?.title);
      await vi.waitFor(() => expect(storyParam()).toBe(stories[n - 1]?.id));
    }
    await user.keyboard("{ArrowRight}");
    expect(within(area).getByText("Story 5 of 5")).toBeInTheDocument();
    await user.keyboard("{ArrowLeft}");
    expect(within(area).getByText("Story 4 of 5")).toBeInTheDocument();
    expect(screen.getByRole("status", { name: "Highlighted countries" })).toHaveTextContent("LBR IND");
  });

  it("chooses a story from its marker on the timeline, by click or Enter", async () => {
    serveData();
    const user = userEvent.setup();
    renderStories();
    const marker = await screen.findByRole("button", { name: /^Story 4: Liberia, 2007–2016/ });
    await user.click(marker);
    await vi.waitFor(() => expect(storyParam()).toBe("liberia-public-trust"));
    expect(marker).toHaveAttribute("aria-pressed", "true");
    const other = screen.getByRole("button", { name: /^Story 3: Timor-Leste/ });
    other.focus();
    await user.keyboard("{Enter}");
    await vi.waitFor(() => expect(storyParam()).toBe("timor-leste-crime-at-sea"));
    expect(screen.getByText("Story 3 of 5")).toBeInTheDocument();
  });

  it("shows a full card: mission names, people, an attributed quotation, photo caption and credit, corrections, sources", async () => {
    serveData();
    renderStories("?story=liberia-public-trust");
    const card = await screen.findByRole("article", { name: "The first all-female formed police unit" });
    expect(card).toHaveTextContent("Rebuilding public trust in police");
    expect(card).toHaveTextContent("United Nations Mission in Liberia (UNMIL)");
    expect(card).toHaveTextContent("2007–2016");
    expect(card).toHaveTextContent("Ellen Johnson Sirleaf, President of Liberia");
    const quote = within(card).getByText(/These women want to emulate you/);
    expect(quote.closest("blockquote")).not.toBeNull();
    const figure = quote.closest("figure");
    expect(figure).toHaveTextContent("Ellen Johnson Sirleaf, President of Liberia, 2016");
    expect(card).toHaveTextContent("martial arts demonstration");
    expect(card).toHaveTextContent("Credit: UN Photo.");
    expect(within(card).getByRole("heading", { name: "Corrections to the article" })).toBeInTheDocument();
    expect(within(card).getByRole("heading", { name: "Sources" })).toBeInTheDocument();
    expect(card).toHaveTextContent("UN India, 2016");
    expect(card).toHaveTextContent("Liberia (host); officers from India");
    expect(within(card).queryByRole("img")).not.toBeInTheDocument();
  });

  it("omits the quotation of a story that has none", async () => {
    serveData();
    renderStories("?story=timor-leste-crime-at-sea");
    const card = await screen.findByRole("article", { name: "Watching the coast with Timor-Leste's police" });
    expect(card.querySelector("blockquote")).toBeNull();
    expect(card.querySelector("figure")).toBeNull();
    expect(within(card).queryByRole("heading", { name: "People" })).not.toBeInTheDocument();
    expect(card).not.toHaveTextContent("People");
  });

  it("restores a story from a deep link", async () => {
    serveData();
    renderStories("?story=car-innovative-policing");
    expect(await screen.findByText("Story 5 of 5")).toBeInTheDocument();
    expect(cardHeading()).toBe("Mapping crime hotspots in Bangui");
    const list = screen.getByRole("list", { name: "The five stories" });
    expect(within(list).getByRole("button", { name: /Promoting innovative policing/ })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
  });

  it("ignores an unknown story in the URL without crashing", async () => {
    serveData();
    const user = userEvent.setup();
    renderStories("?story=no-such-story");
    expect(await screen.findByText("5 stories: choose one")).toBeInTheDocument();
    expect(screen.queryByRole("article")).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: /Next story/ }));
    expect(screen.getByText("Story 1 of 5")).toBeInTheDocument();
  });

  it("still shows a story whose host is not in the country list, with a note", async () => {
    const countries = readData("countries.json") as CountriesFile;
    serveData({
      "countries.json": { json: { ...countries, rows: countries.rows.filter((c) => c.iso3 !== "SSD") } },
    });
    renderStories("?story=south-sudan-law-order");
    const card = await screen.findByRole("article", { name: "Training the police who secured a referendum" });
    expect(within(card).getByRole("note")).toHaveTextContent(/SSD is not in our list of countries/);
    expect(card).toHaveTextContent("South Sudan");
  });

  it("announces the story change politely", async () => {
    serveData();
    renderStories();
    await screen.findByRole("list", { name: "The five stories" });
    act(() => window.history.pushState(null, "", "/?story=car-protecting-civilians"));
    act(() => window.dispatchEvent(new PopStateEvent("popstate")));
    await waitFor(() =>
      expect(document.querySelector("[aria-live=polite].visually-hidden")).toHaveTextContent(
        "Story 2 of 5: A school visit that changed a girl's life",
      ),
    );
  });
});
