// The five stories need only stories.json: when the yearly series (police-by-year.json) is missing or
// broken, the timeline's chart shows the named error and the stories' list, card and Previous/Next
// still work.
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { DATASETS } from "../../src/data/datasets";
import type { StoriesFile } from "../../src/data/schema";
import { StorySection } from "../../src/features/stories/StorySection";
import { useUrlState } from "../../src/state/use-url-state";
import { type Fault, readData, serveData } from "../helpers/data-server";
import { renderApp, renderWithData } from "../helpers/render-app";

afterEach(() => vi.unstubAllGlobals());

const stories = (readData("stories.json") as StoriesFile).stories;
const { file, label } = DATASETS.policeByYear;

const FAULTS: [string, Fault][] = [
  ["missing (404)", { status: 404 }],
  ["not valid JSON", { body: "{ broken" }],
  ["the wrong shape", { json: { hello: "world" } }],
];

function Harness() {
  const [{ state }, setState] = useUrlState();
  const [hovered, setHovered] = useState<string | null>(null);
  return <StorySection state={state} setState={setState} hovered={hovered} setHovered={setHovered} />;
}

describe.each(FAULTS)("when police-by-year.json is %s", (_kind, fault) => {
  it("the timeline names the file, and the stories' list, card and Previous/Next still work", async () => {
    serveData({ [file]: fault });
    window.history.replaceState(null, "", "/");
    const user = userEvent.setup();
    renderWithData(<Harness />);

    // Only the timeline's chart is replaced, by an alert naming the file.
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("The timeline is unavailable.");
    expect(alert).toHaveTextContent(label);
    expect(screen.queryByRole("group", { name: /^Timeline 2007–2024/ })).not.toBeInTheDocument();

    // The five stories, from stories.json alone.
    const list = await screen.findByRole("list", { name: "The five stories" });
    expect(within(list).getAllByRole("button")).toHaveLength(5);
    expect(screen.getByText("5 stories: choose one")).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: /Next story/ }));
    expect(screen.getByText("Story 1 of 5")).toBeInTheDocument();
    expect(screen.getByRole("article")).toHaveTextContent(stories[0]?.title ?? "?");
    await user.click(screen.getByRole("button", { name: /Next story/ }));
    expect(screen.getByText("Story 2 of 5")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: /Previous story/ }));
    expect(screen.getByText("Story 1 of 5")).toBeInTheDocument();
    await vi.waitFor(() =>
      expect(new URLSearchParams(window.location.search).get("story")).toBe(stories[0]?.id),
    );
  }, 20_000);
});

describe("in the whole page", () => {
  it("keeps the stories in their section beside the timeline's named error", async () => {
    serveData({ [file]: { status: 404 } });
    renderApp("?story=liberia-public-trust");
    const section = await screen.findByRole(
      "region",
      { name: "Timeline 2007–2024 and five stories" },
      { timeout: 4_000 },
    );
    const alert = await within(section).findByRole("alert", {}, { timeout: 4_000 });
    expect(alert).toHaveTextContent(label);
    expect(
      await within(section).findByRole("article", { name: "The first all-female formed police unit" }),
    ).toBeInTheDocument();
    expect(within(section).getByText("Story 4 of 5")).toBeInTheDocument();
  }, 20_000);
});
