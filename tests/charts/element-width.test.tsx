import { act, render, screen } from "@testing-library/react";
import { useRef } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { useElementWidth, useRootTypeScale } from "../../src/charts/shared/use-element-width";

function Probe() {
  const ref = useRef<HTMLDivElement>(null);
  const width = useElementWidth(ref, 640);
  return <div ref={ref}>{width == null ? "unmeasured" : `width ${width}`}</div>;
}

let observed: (() => void) | null = null;
class FakeResizeObserver {
  constructor(cb: () => void) {
    observed = cb;
  }
  observe() {}
  disconnect() {}
}

const boxWidth = (w: number) =>
  vi.spyOn(HTMLElement.prototype, "getBoundingClientRect").mockReturnValue({ width: w } as DOMRect);

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  observed = null;
});

describe("useElementWidth", () => {
  it("has the measured width by the time the component is on screen", () => {
    boxWidth(432.4);
    render(<Probe />);
    expect(screen.getByText("width 432")).toBeInTheDocument();
  });

  it("falls back where nothing can be measured", () => {
    boxWidth(0);
    render(<Probe />);
    expect(screen.getByText("width 640")).toBeInTheDocument();
  });

  it("follows resizes and keeps the last width while the element is hidden", () => {
    vi.stubGlobal("ResizeObserver", FakeResizeObserver);
    const spy = boxWidth(500);
    render(<Probe />);
    spy.mockReturnValue({ width: 360 } as DOMRect);
    act(() => observed?.());
    expect(screen.getByText("width 360")).toBeInTheDocument();
    spy.mockReturnValue({ width: 0 } as DOMRect);
    act(() => observed?.());
    expect(screen.getByText("width 360")).toBeInTheDocument();
  });
});

function TypeProbe() {
  return <p>type {useRootTypeScale()}</p>;
}

describe("useRootTypeScale", () => {
  afterEach(() => {
    document.documentElement.removeAttribute("data-presenting");
    document.documentElement.style.fontSize = "";
  });

  it("is 1 at the page's 16 px and follows presentation mode's larger root type", async () => {
    document.documentElement.style.fontSize = "16px";
    render(<TypeProbe />);
    expect(screen.getByText("type 1")).toBeInTheDocument();
    // Presentation mode sets its attribute (and so its type) after its views have mounted.
    document.documentElement.style.fontSize = "32px";
    document.documentElement.setAttribute("data-presenting", "");
    expect(await screen.findByText("type 2")).toBeInTheDocument();
  });
});
