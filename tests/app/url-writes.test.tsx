// The URL state is the views' at once and the address bar's a frame later: writing history costs a
// slow phone tens of milliseconds before a step's first frame otherwise.
import { act, renderHook } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { useUrlState } from "../../src/state/use-url-state";

beforeEach(() => window.history.replaceState(null, "", "/"));

function setup() {
  return renderHook(() => useUrlState());
}

describe("URL writes", () => {
  it("gives the views a change at once and writes the address after a frame", async () => {
    const hook = setup();
    act(() => hook.result.current[1]({ year: 2010 }));
    expect(hook.result.current[0].state.year).toBe(2010);
    expect(window.location.search).toBe("");
    await vi.waitFor(() => expect(window.location.search).toBe("?year=2010"));
    expect(hook.result.current[0].state.year).toBe(2010);
  });

  it("gives each push its own history entry, and replaces join the change waiting", async () => {
    const hook = setup();
    const before = window.history.length;
    act(() => hook.result.current[1]({ story: "haiti-earthquake" }));
    act(() => hook.result.current[1]({ year: 2012 }));
    act(() => hook.result.current[1]({ year: 2011 }, { replace: true }));
    await vi.waitFor(() => expect(window.location.search).toBe("?story=haiti-earthquake&year=2011"));
    expect(window.history.length).toBe(before + 2);
  });

  it("drops a change still waiting when Back is pressed first", async () => {
    const hook = setup();
    act(() => hook.result.current[1]({ year: 2010 }));
    await vi.waitFor(() => expect(window.location.search).toBe("?year=2010"));
    act(() => hook.result.current[1]({ year: 2011 }));
    expect(hook.result.current[0].state.year).toBe(2011);
    await act(async () => {
      const back = new Promise((r) => window.addEventListener("popstate", r, { once: true }));
      window.history.back();
      await back;
    });
    expect(window.location.search).toBe("");
    expect(hook.result.current[0].state.year).toBeNull();
    await new Promise((r) => setTimeout(r, 250));
    expect(window.location.search).toBe("");
    expect(hook.result.current[0].state.year).toBeNull();
  });
});
