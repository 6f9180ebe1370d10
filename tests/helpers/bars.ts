// Reading a ranked bar chart as a user would: the chart by its name, its bars by their labels.
import { screen, within } from "@testing-library/react";

export const findChart = (name: RegExp | string) => screen.findByRole("group", { name });

export const barNames = (group: HTMLElement) =>
  within(group)
    .getAllByRole("button")
    .map((b) => b.getAttribute("aria-label"));
