import "@testing-library/jest-dom/vitest";
import { cleanup, configure } from "@testing-library/react";
import { afterEach } from "vitest";

// The rankings and the timeline are lazy chunks: on a cold, busy 2-core machine their first import
// can take longer than Testing Library's default 1 s wait.
// ATLAS_WAIT_MS raises it on a machine busy with other work (the default suits CI).
configure({ asyncUtilTimeout: Number(process.env.ATLAS_WAIT_MS ?? 5000) });

afterEach(() => cleanup());
