import { type ReactNode, useEffect } from "react";
import type { ExportId } from "../export/types";
import "./embed.css";

/**
 * The chrome-less view behind the export menu's embed code (`?embed=<chart>`): only that chart
 * with its title and source line, fluid to the frame's width. It tells the parent page its height
 * so the host can size the iframe ({ type: "un-police-atlas:height", height }).
 */
export function EmbedView({ target, children }: { target: ExportId; children: ReactNode }) {
  useEffect(() => {
    const root = document.documentElement;
    root.setAttribute("data-embed", target);
    const post = () => {
      if (window.parent !== window)
        window.parent.postMessage({ type: "un-police-atlas:height", height: root.scrollHeight }, "*");
    };
    post();
    const ro = typeof ResizeObserver === "undefined" ? null : new ResizeObserver(post);
    ro?.observe(document.body);
    return () => {
      root.removeAttribute("data-embed");
      ro?.disconnect();
    };
  }, [target]);
  return (
    <main className="embed" id="main">
      {children}
      <p className="embed__credit">
        <a href={window.location.pathname} target="_blank" rel="noopener">
          UN Police Atlas
        </a>
      </p>
    </main>
  );
}
