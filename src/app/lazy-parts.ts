import { type ComponentType, lazy } from "react";

/**
 * The sources at the foot of the page: pre-rendered like the map, but their code is a chunk of its
 * own, which React hydrates once it has come, after the first screen. The pre-render cannot wait
 * for a chunk (renderToString), so src/entry-server.tsx hands it the component itself.
 */
export let Footer: ComponentType = lazy(() => import("./Footer").then((m) => ({ default: m.Footer })));

/** For the pre-render only: draw the footer from the component, not the chunk. */
export function renderFooterDirectly(component: ComponentType) {
  Footer = component;
}
