// The map and the rankings follow a story step in the render after the story card: the links they
// get keep their identity in the urgent render, so their memoised sections sit it out.
import { renderHook } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { type FollowOptions, type LinkedProps, useFollowingLinks } from "../../src/state/linked";
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

  it("keeps its identity when the state is equal but a new object", () => {
    const { seen, rerender } = track(links({ country: "RWA", story: "haiti" }));
    const before = seen.at(-1);
    rerender(links({ country: "RWA", story: "haiti" }));
    expect(seen.at(-1)).toBe(before);
  });
});
