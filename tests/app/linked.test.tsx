// The map and the rankings follow a story step in the render after the story card: the links they
// get keep their identity in the urgent render, so their memoised sections sit it out.
import { renderHook, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { motionHeld } from "../../src/lib/tasks";
import { type FollowOptions, type LinkedProps, useAfterMap, useFollowingLinks } from "../../src/state/linked";
import { DEFAULT_STATE } from "../../src/state/url-state";

const setState = () => undefined;
const setHovered = () => undefined;
const links = (patch: Partial<LinkedProps["state"]>, hovered: string | null = null): LinkedProps => ({
  state: { ...DEFAULT_STATE, ...patch },
  setState,
  hovered,
  setHovered,
});

function track(initial: LinkedProps, options?: FollowOptions) {
  const seen: LinkedProps[] = [];
  const hook = renderHook(
    (p: LinkedProps) => {
      const out = useFollowingLinks(p, options);
      seen.push(out);
      return out;
    },
    { initialProps: initial },
  );
  return { seen, rerender: hook.rerender };
}

describe("useFollowingLinks", () => {
  it("keeps the same links in the urgent render of a story step, then passes the new story", () => {
    const { seen, rerender } = track(links({ story: "liberia" }));
    const before = seen.at(-1);
    const renders = seen.length;
    rerender(links({ story: "car" }));
    const after = seen.slice(renders);
    expect(after.length).toBeGreaterThanOrEqual(2);
    expect(after[0]).toBe(before);
    expect(after.at(-1)?.state.story).toBe("car");
  });

  it("passes any other change at once", () => {
    const { seen, rerender } = track(links({ country: "RWA" }));
    const renders = seen.length;
    rerender(links({ country: "SEN" }));
    expect(seen[renders]?.state.country).toBe("SEN");
    rerender(links({ country: "SEN" }, "EGY"));
    expect(seen.at(-1)?.hovered).toBe("EGY");
  });

  it("with `reads`, keeps its identity while only keys the section does not read change", () => {
    const { seen, rerender } = track(links({ sort: "value" }), {
      reads: ["sort", "view", "country", "story"],
    });
    const before = seen.at(-1);
    rerender(links({ sort: "value", measure: "hosted" }));
    expect(seen.at(-1)).toBe(before);
    rerender(links({ sort: "name", measure: "hosted" }));
    expect(seen.at(-1)).not.toBe(before);
    expect(seen.at(-1)?.state.sort).toBe("name");
  });

  it("with `country: true`, passes a new selection in the render after, the story at once with `story: false`", () => {
    const { seen, rerender } = track(links({ country: "RWA" }), { country: true, story: false });
    const before = seen.at(-1);
    const renders = seen.length;
    rerender(links({ country: "SEN", story: "car" }));
    const after = seen.slice(renders);
    expect(after[0]?.state.country).toBe("RWA");
    expect(after[0]?.state.story).toBe("car");
    expect(after[0]).not.toBe(before);
    expect(after.at(-1)?.state.country).toBe("SEN");
  });

  it("passes a year changed alone at once, and a story step's year with its story", () => {
    const { seen, rerender } = track(links({ year: 2015, story: "liberia" }));
    let renders = seen.length;
    rerender(links({ year: 2014, story: "liberia" }));
    expect(seen[renders]?.state.year).toBe(2014);
    renders = seen.length;
    const before = seen.at(-1);
    rerender(links({ year: 2012, story: "car" }));
    const step = seen.slice(renders);
    expect(step[0]).toBe(before);
    expect(step.at(-1)?.state).toMatchObject({ year: 2012, story: "car" });
    // Never the new year with the story before it.
    expect(step.some((l) => l.state.year === 2012 && l.state.story === "liberia")).toBe(false);
  });

  it("keeps a selection a story step clears until the story itself is passed", () => {
    const { seen, rerender } = track(links({ country: "RWA" }));
    const before = seen.at(-1);
    const renders = seen.length;
    // Choosing a story clears the selected country (state/rules.ts): both reach the map together.
    rerender(links({ country: null, story: "car", year: 2014 }));
    const step = seen.slice(renders);
    expect(step[0]).toBe(before);
    expect(step.at(-1)?.state).toMatchObject({ country: null, story: "car", year: 2014 });
    expect(step.some((l) => l.state.country === null && l.state.story === null)).toBe(false);
  });

  it("keeps its identity when the state is equal but a new object", () => {
    const { seen, rerender } = track(links({ country: "RWA", story: "haiti" }));
    const before = seen.at(-1);
    rerender(links({ country: "RWA", story: "haiti" }));
    expect(seen.at(-1)).toBe(before);
  });
});

describe("useAfterMap", () => {
  function trackAfter(initial: LinkedProps) {
    const seen: LinkedProps[] = [];
    const hook = renderHook(
      (p: LinkedProps) => {
        const out = useFollowingLinks(p, { after: useAfterMap(p.state), country: true });
        seen.push(out);
        return out;
      },
      { initialProps: initial },
    );
    return { seen, rerender: hook.rerender };
  }

  it("hands a new year on only after a frame, in a render of its own", async () => {
    const { seen, rerender } = trackAfter(links({ year: 2015 }));
    const before = seen.at(-1);
    const renders = seen.length;
    rerender(links({ year: 2010 }));
    // The renders that follow at once (the urgent one and the deferred one, the map's) keep the links.
    expect(seen.slice(renders).every((l) => l === before)).toBe(true);
    // Meanwhile chart motion waits, so no bar race interrupts the map's render.
    expect(motionHeld()).toBe(true);
    await waitFor(() => expect(seen.at(-1)?.state.year).toBe(2010));
    expect(motionHeld()).toBe(false);
  });

  it("hands a new date and story on the same way, and takes the last of quick changes", async () => {
    const { seen, rerender } = trackAfter(links({}));
    rerender(links({ year: 2012 }));
    rerender(links({ year: 2011, story: "haiti" }));
    rerender(links({ year: null, date: "2024-12-31", story: "haiti" }));
    await waitFor(() => expect(seen.at(-1)?.state.date).toBe("2024-12-31"));
    expect(seen.at(-1)?.state.year).toBeNull();
    expect(seen.at(-1)?.state.story).toBe("haiti");
    // Never a year asked for and left before it was handed on.
    expect(seen.some((l) => l.state.year === 2012)).toBe(false);
  });
});
