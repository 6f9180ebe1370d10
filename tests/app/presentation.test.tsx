import { act, fireEvent, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  actionForKey,
  buildSteps,
  clampStep,
  leadOf,
  stepAfter,
  stepCount,
} from "../../src/app/presentation/steps";
import { isTypingTarget } from "../../src/app/presentation/typing";
import { schemas } from "../../src/data/schema";
import { shortSource } from "../../src/data/sources";
import { readData, serveData } from "../helpers/data-server";
import { renderApp } from "../helpers/render-app";

const stories = schemas().storiesFile.parse(readData("stories.json")).stories;

afterEach(() => {
  vi.unstubAllGlobals();
  document.documentElement.removeAttribute("data-presenting");
});

describe("presentation steps (pure)", () => {
  it("runs overview, map, each story in data order, then the ranking", () => {
    const steps = buildSteps(stories);
    expect(steps).toHaveLength(stepCount(stories.length));
    expect(steps).toHaveLength(8);
    expect(steps.map((s) => s.kind)).toEqual([
      "overview",
      "map",
      "story",
      "story",
      "story",
      "story",
      "story",
      "ranking",
    ]);
    expect(steps[3]?.label).toBe(`Story 2 of 5: ${stories[1]?.theme}`);
  });
  it("maps clicker keys to actions", () => {
    expect(actionForKey("ArrowRight", false)).toBe("next");
    expect(actionForKey("PageDown", false)).toBe("next");
    expect(actionForKey(" ", false)).toBe("next");
    expect(actionForKey(" ", true)).toBe("previous");
    expect(actionForKey("ArrowLeft", false)).toBe("previous");
    expect(actionForKey("PageUp", false)).toBe("previous");
    expect(actionForKey("Escape", false)).toBe("leave");
    expect(actionForKey("a", false)).toBeNull();
  });
  it("keeps steps in range", () => {
    expect(stepAfter("next", 8, 8)).toBe(8);
    expect(stepAfter("previous", 1, 8)).toBe(1);
    expect(stepAfter("last", 2, 8)).toBe(8);
    expect(stepAfter("leave", 2, 8)).toBeNull();
    expect(clampStep(0, 8)).toBe(1);
  });
  it("shortens a story to its first sentences and a source to one line", () => {
    expect(leadOf("One two. Three four. Five six.", 20)).toBe("One two. Three four.");
    expect(leadOf("A long first sentence stays whole. Next.", 5)).toBe("A long first sentence stays whole.");
    expect(leadOf("In 2010 police left. In 2011 they came back.", 200)).toBe(
      "In 2010 police left. In 2011 they came back.",
    );
    expect(
      shortSource(
        'UN Department of Peace Operations, monthly report "Contribution of Uniformed Personnel", 30 June 2024',
      ),
    ).toBe("UN Department of Peace Operations, monthly report, 30 June 2024");
    expect(
      shortSource(
        "International Peace Institute, Providing for Peacekeeping database (a transcription), December 2007: police per mission",
      ),
    ).toBe("International Peace Institute, Providing for Peacekeeping database, December 2007");
  });
  it("knows when a key belongs to a text field", () => {
    const text = document.createElement("input");
    const radio = document.createElement("input");
    radio.type = "radio";
    expect(isTypingTarget(text)).toBe(true);
    expect(isTypingTarget(radio)).toBe(false);
    expect(isTypingTarget(document.createElement("button"))).toBe(false);
  });
});

describe("presentation mode in the app", () => {
  it("enters with P, steps with the keys, shows progress and leaves with Escape", async () => {
    serveData();
    renderApp();
    await screen.findByRole("list", { name: "Headline figures" });
    fireEvent.keyDown(window, { key: "p" });
    expect(await screen.findByText("1 / 8")).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("UN police in figures");
    expect(document.documentElement).toHaveAttribute("data-presenting");
    fireEvent.keyDown(window, { key: "ArrowRight" });
    expect(await screen.findByText("2 / 8")).toBeInTheDocument();
    fireEvent.keyDown(window, { key: " " });
    expect(await screen.findByText("3 / 8")).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent(`Story 1 of 5: ${stories[0]?.theme}`);
    expect(await screen.findByRole("heading", { name: stories[0]?.title })).toBeInTheDocument();
    await vi.waitFor(() =>
      expect(new URLSearchParams(window.location.search).get("story")).toBe(stories[0]?.id),
    );
    fireEvent.keyDown(window, { key: "PageUp" });
    expect(await screen.findByText("2 / 8")).toBeInTheDocument();
    fireEvent.keyDown(window, { key: "Escape" });
    expect(await screen.findByRole("button", { name: "Presentation mode" })).toBeInTheDocument();
    await vi.waitFor(() => expect(window.location.search).toBe(""));
    expect(document.documentElement).not.toHaveAttribute("data-presenting");
  }, 15_000);
  it("shows slides without form controls: the map with its legend and date, Home and End step", async () => {
    serveData();
    renderApp("?step=2");
    expect(await screen.findByText("2 / 8")).toBeInTheDocument();
    await screen.findByRole("group", { name: /^World map/ });
    await screen.findByText("Police officers contributed, 30 June 2024");
    expect(document.querySelector(".presentation time")).toHaveTextContent("30 June 2024");
    for (const role of ["slider", "radio", "combobox", "textbox"] as const)
      expect(screen.queryAllByRole(role), role).toHaveLength(0);
    fireEvent.keyDown(window, { key: "End" });
    expect(await screen.findByText("8 / 8")).toBeInTheDocument();
    await screen.findByRole("group", { name: "Bar chart: top police contributors" });
    expect(screen.queryAllByRole("radio")).toHaveLength(0);
    fireEvent.keyDown(window, { key: "Home" });
    expect(await screen.findByText("1 / 8")).toBeInTheDocument();
  });
  it("opens at the step in the link and has visible controls", async () => {
    serveData();
    renderApp("?step=8");
    expect(await screen.findByText("8 / 8")).toBeInTheDocument();
    const nav = screen.getByRole("navigation", { name: "Presentation" });
    expect(within(nav).getByRole("button", { name: "Next" })).toBeDisabled();
    await userEvent.click(within(nav).getByRole("button", { name: "Previous" }));
    expect(await screen.findByText("7 / 8")).toBeInTheDocument();
    await userEvent.click(within(nav).getByRole("button", { name: "Leave presentation" }));
    expect(await screen.findByRole("button", { name: "Presentation mode" })).toBeInTheDocument();
  });
  it("asks for fullscreen and works when the browser refuses", async () => {
    serveData();
    const request = vi.fn(() => Promise.reject(new Error("denied")));
    Object.defineProperty(document.documentElement, "requestFullscreen", {
      value: request,
      configurable: true,
    });
    renderApp();
    await userEvent.click(await screen.findByRole("button", { name: "Presentation mode" }));
    expect(request).toHaveBeenCalledOnce();
    expect(await screen.findByText("1 / 8")).toBeInTheDocument();
    Reflect.deleteProperty(document.documentElement, "requestFullscreen");
  });
});

describe("links with values not in the data", () => {
  it("ignores an unknown country and story with the notice, and announces nothing about them", async () => {
    serveData();
    renderApp("?country=ZZZ&story=not-a-story");
    expect(await screen.findByRole("status")).toHaveTextContent(/not understood.*\(country, story\)/);
  });
  it("ignores a step past the end", async () => {
    serveData();
    renderApp("?step=40");
    expect(await screen.findByRole("status")).toHaveTextContent(/\(step\)/);
    expect(screen.getByRole("button", { name: "Presentation mode" })).toBeInTheDocument();
  });
  it("never injects script from a parameter", async () => {
    serveData();
    const evil = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    renderApp(`?measure=${encodeURIComponent(evil)}&story=${encodeURIComponent(evil)}`);
    expect(await screen.findByRole("status")).toHaveTextContent(/\(measure, story\)/);
    expect(document.querySelector("img[src=x]")).toBeNull();
    expect(document.body.innerHTML).not.toContain("<script>");
    expect(Reflect.get(window, "__pwned")).toBeUndefined();
  });
  it("announces a selected country in the polite live region", async () => {
    serveData();
    renderApp();
    await screen.findByRole("list", { name: "Headline figures" });
    const live = screen.getByTestId("live-announcer");
    expect(live).toHaveAttribute("aria-live", "polite");
    act(() => {
      window.history.pushState(null, "", "/?country=RWA");
      window.dispatchEvent(new PopStateEvent("popstate"));
    });
    await vi.waitFor(() => expect(live).toHaveTextContent("Rwanda selected"));
  });
});
