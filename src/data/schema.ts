// Schemas for every file in public/data/. zod/mini keeps the bundle small (about 8 KB gzip
// against 27 KB for the classic API): see README, "Dependencies".
import * as z from "zod/mini";
import { FIRST_YEAR, HISTORY_YEARS, LAST_YEAR } from "../lib/calendar";

/**
 * Builds every schema. Constructing zod schemas is real work (about 7 ms, 30 ms at 4x CPU, on this
 * project's machine), so it waits for the first file to check instead of lengthening the task that
 * evaluates the app's bundle before the page can answer input.
 */
function build() {
  const nonEmpty = z.string().check(z.minLength(1));
  const count = z.int().check(z.gte(0), z.lte(10_000_000));
  const iso3 = z.string().check(z.regex(/^[A-Z]{3}$/, "a three-letter ISO code"));
  const isoNumeric = z.string().check(z.regex(/^\d{3}$/, "a three-digit ISO numeric code"));
  /** A full date, a month or a year: "2024-06-30", "2010-12", "2021". */
  const partialDate = z
    .string()
    .check(
      z.regex(
        /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/,
        "a date like 2024-06-30, 2010-12 or 2021",
      ),
    );
  const isoDay = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, "a date like 2024-06-30"));

  const meta = {
    dataset: nonEmpty,
    title: nonEmpty,
    source: nonEmpty,
    asOf: partialDate,
    notes: z.optional(z.string()),
  };

  const contributorRow = z.object({
    country: nonEmpty,
    iso3,
    isoNumeric,
    ipo: count,
    fpu: count,
    total: count,
    women: count,
    reportRank: z.int().check(z.gte(1)),
  });
  const contributorsFile = z.object({ ...meta, rows: z.array(contributorRow) });

  const deploymentRow = z.object({
    mission: nonEmpty,
    country: nonEmpty,
    iso3,
    isoNumeric,
    type: z.enum(["IPO", "FPU"]),
    men: count,
    women: count,
    total: count,
  });
  const deploymentsFile = z.object({ ...meta, rows: z.array(deploymentRow) });

  const missionRow = z.object({
    acronym: nonEmpty,
    name: nonEmpty,
    kind: nonEmpty,
    status: z.enum(["active", "liquidating", "closed"]),
    host: z.object({ name: nonEmpty, iso3: z.nullable(iso3), isoNumeric: z.nullable(isoNumeric) }),
    hq: z.nullable(
      z.object({
        city: nonEmpty,
        lat: z.number().check(z.gte(-90), z.lte(90)),
        lon: z.number().check(z.gte(-180), z.lte(180)),
      }),
    ),
    start: isoDay,
    end: z.nullable(isoDay),
    police: z.record(isoDay, z.nullable(count)),
    source: nonEmpty,
  });
  const missionsFile = z.object({ ...meta, rows: z.array(missionRow) });

  const yearRow = z.object({
    year: z.int().check(z.gte(1948), z.lte(2100)),
    police: count,
    source: nonEmpty,
  });
  const policeByYearFile = z.object({ ...meta, rows: z.array(yearRow) });

  // The December history: one entry per year 2007–2024, in order; a missing part is null with the
  // reason shown where it would be.
  const gap = z.nullable(nonEmpty);
  const positive = z.int().check(z.gte(1), z.lte(10_000_000));
  /** [total, IPO, FPU, women]: the split and women are null where the record has none (2007, 2008). */
  const historyCountry = z.tuple([positive, z.nullable(count), z.nullable(count), z.nullable(count)]);
  /** [total, IPO, FPU] of one country in one mission. */
  const historyDeployment = z.tuple([positive, count, count]);
  const historyYear = z.object({
    year: z.int().check(z.gte(FIRST_YEAR), z.lte(LAST_YEAR)),
    source: nonEmpty,
    countries: z.nullable(z.record(iso3, historyCountry)),
    countriesGap: gap,
    splitGap: gap,
    missions: z.nullable(z.record(nonEmpty, z.record(iso3, historyDeployment))),
    missionsGap: gap,
    missionTotals: z.nullable(z.record(nonEmpty, count)),
    missionTotalsGap: gap,
  });
  const everyYear = z.refine<readonly unknown[]>(
    (ys) =>
      ys.length === HISTORY_YEARS.length &&
      ys.every((y, i) => (y as { year?: unknown } | null)?.year === HISTORY_YEARS[i]),
    `every year from ${FIRST_YEAR} to ${LAST_YEAR}, once each and in order`,
  );
  const historyFile = z.object({ ...meta, years: z.array(historyYear).check(everyYear) });
  /** The file without its years' contents, which the app checks one year at a time (fetchJson). */
  const historyShell = z.object({ ...meta, years: z.array(z.unknown()).check(everyYear) });

  const eventRow = z.object({
    id: nonEmpty,
    date: partialDate,
    end: z.optional(partialDate),
    title: nonEmpty,
    detail: nonEmpty,
    countries: z.array(iso3),
    missions: z.array(nonEmpty),
    storyId: z.optional(nonEmpty),
    source: nonEmpty,
  });
  const eventsFile = z.object({ ...meta, events: z.array(eventRow) });

  const quotation = z.object({
    text: nonEmpty,
    speaker: nonEmpty,
    role: nonEmpty,
    date: partialDate,
    occasion: z.optional(nonEmpty),
  });

  const storyRow = z.object({
    id: z.string().check(z.regex(/^[a-z0-9-]+$/, "lower-case letters, digits and hyphens")),
    theme: nonEmpty,
    title: nonEmpty,
    place: nonEmpty,
    host: iso3,
    contributors: z.array(iso3),
    years: z.tuple([z.int(), z.int()]),
    missions: z.array(nonEmpty).check(z.minLength(1)),
    people: z.array(nonEmpty),
    summary: nonEmpty,
    quotation: z.nullable(quotation),
    photo: z.object({ caption: nonEmpty, credit: nonEmpty }),
    corrections: z.array(nonEmpty),
    sources: z.array(nonEmpty).check(z.minLength(1)),
  });
  const storiesFile = z.object({ ...meta, stories: z.array(storyRow) });

  const figureSource = z.object({ value: count, source: nonEmpty, asOf: partialDate });
  const headlineFigure = z.object({
    id: nonEmpty,
    label: nonEmpty,
    unit: nonEmpty,
    headline: z.nullable(z.object({ ...figureSource.shape, approximate: z.boolean() })),
    report: z.object({ ...figureSource.shape, detail: nonEmpty }),
    note: nonEmpty,
  });
  const headlineFile = z.object({
    ...meta,
    figures: z.array(headlineFigure).check(z.minLength(1)),
    quotation: z.nullable(quotation),
  });

  const countryRow = z.object({
    iso3,
    isoNumeric: z.nullable(isoNumeric),
    name: nonEmpty,
    topoId: z.nullable(nonEmpty),
  });
  const countriesFile = z.object({ ...meta, rows: z.array(countryRow) });

  // The topology is checked for the shape we rely on; arcs are left to topojson-client.
  const topologyFile = z.object({
    type: z.literal("Topology"),
    arcs: z.array(z.array(z.array(z.number()))),
    transform: z.optional(
      z.object({ scale: z.tuple([z.number(), z.number()]), translate: z.tuple([z.number(), z.number()]) }),
    ),
    objects: z.object({
      countries: z.object({
        type: z.literal("GeometryCollection"),
        geometries: z
          .array(
            z.object({
              type: z.enum(["Polygon", "MultiPolygon"]),
              id: nonEmpty,
              arcs: z.array(z.unknown()),
            }),
          )
          .check(z.minLength(1)),
      }),
    }),
  });

  return {
    partialDate,
    contributorRow,
    contributorsFile,
    deploymentRow,
    deploymentsFile,
    missionRow,
    missionsFile,
    yearRow,
    policeByYearFile,
    historyYear,
    historyFile,
    historyShell,
    eventRow,
    eventsFile,
    quotation,
    storyRow,
    storiesFile,
    headlineFigure,
    headlineFile,
    countryRow,
    countriesFile,
    topologyFile,
  };
}

export type Schemas = ReturnType<typeof build>;
let built: Schemas | undefined;

/** The schemas, built once, on first use. */
export function schemas(): Schemas {
  built ??= build();
  return built;
}

export type ContributorsFile = z.infer<Schemas["contributorsFile"]>;
export type Contributor = z.infer<Schemas["contributorRow"]>;
export type DeploymentsFile = z.infer<Schemas["deploymentsFile"]>;
export type Deployment = z.infer<Schemas["deploymentRow"]>;
export type MissionsFile = z.infer<Schemas["missionsFile"]>;
export type Mission = z.infer<Schemas["missionRow"]>;
export type PoliceByYearFile = z.infer<Schemas["policeByYearFile"]>;
export type YearRow = z.infer<Schemas["yearRow"]>;
export type HistoryFile = z.infer<Schemas["historyFile"]>;
export type HistoryYear = z.infer<Schemas["historyYear"]>;
export type EventsFile = z.infer<Schemas["eventsFile"]>;
export type TimelineEvent = z.infer<Schemas["eventRow"]>;
export type StoriesFile = z.infer<Schemas["storiesFile"]>;
export type Story = z.infer<Schemas["storyRow"]>;
export type Quotation = z.infer<Schemas["quotation"]>;
export type HeadlineFile = z.infer<Schemas["headlineFile"]>;
export type HeadlineFigure = z.infer<Schemas["headlineFigure"]>;
export type CountriesFile = z.infer<Schemas["countriesFile"]>;
export type Country = z.infer<Schemas["countryRow"]>;
export type TopologyFile = z.infer<Schemas["topologyFile"]>;
