// Schemas for every file in public/data/. zod/mini keeps the bundle small (about 8 KB gzip
// against 27 KB for the classic API): see README, "Dependencies".
import * as z from "zod/mini";

const nonEmpty = z.string().check(z.minLength(1));
const count = z.int().check(z.gte(0), z.lte(10_000_000));
const iso3 = z.string().check(z.regex(/^[A-Z]{3}$/, "a three-letter ISO code"));
const isoNumeric = z.string().check(z.regex(/^\d{3}$/, "a three-digit ISO numeric code"));
/** A full date, a month or a year: "2024-06-30", "2010-12", "2021". */
export const partialDate = z
  .string()
  .check(
    z.regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, "a date like 2024-06-30, 2010-12 or 2021"),
  );
const isoDay = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, "a date like 2024-06-30"));

const meta = {
  dataset: nonEmpty,
  title: nonEmpty,
  source: nonEmpty,
  asOf: partialDate,
  notes: z.optional(z.string()),
};

export const contributorRow = z.object({
  country: nonEmpty,
  iso3,
  isoNumeric,
  ipo: count,
  fpu: count,
  total: count,
  women: count,
  reportRank: z.int().check(z.gte(1)),
});
export const contributorsFile = z.object({ ...meta, rows: z.array(contributorRow) });

export const deploymentRow = z.object({
  mission: nonEmpty,
  country: nonEmpty,
  iso3,
  isoNumeric,
  type: z.enum(["IPO", "FPU"]),
  men: count,
  women: count,
  total: count,
});
export const deploymentsFile = z.object({ ...meta, rows: z.array(deploymentRow) });

export const missionRow = z.object({
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
export const missionsFile = z.object({ ...meta, rows: z.array(missionRow) });

export const yearRow = z.object({
  year: z.int().check(z.gte(1948), z.lte(2100)),
  police: count,
  source: nonEmpty,
});
export const policeByYearFile = z.object({ ...meta, rows: z.array(yearRow) });

export const eventRow = z.object({
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
export const eventsFile = z.object({ ...meta, events: z.array(eventRow) });

export const quotation = z.object({
  text: nonEmpty,
  speaker: nonEmpty,
  role: nonEmpty,
  date: partialDate,
  occasion: z.optional(nonEmpty),
});

export const storyRow = z.object({
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
export const storiesFile = z.object({ ...meta, stories: z.array(storyRow) });

const figureSource = z.object({ value: count, source: nonEmpty, asOf: partialDate });
export const headlineFigure = z.object({
  id: nonEmpty,
  label: nonEmpty,
  unit: nonEmpty,
  headline: z.nullable(z.object({ ...figureSource.shape, approximate: z.boolean() })),
  report: z.object({ ...figureSource.shape, detail: nonEmpty }),
  note: nonEmpty,
});
export const headlineFile = z.object({
  ...meta,
  figures: z.array(headlineFigure).check(z.minLength(1)),
  quotation: z.nullable(quotation),
});

export const countryRow = z.object({
  iso3,
  isoNumeric: z.nullable(isoNumeric),
  name: nonEmpty,
  topoId: z.nullable(nonEmpty),
});
export const countriesFile = z.object({ ...meta, rows: z.array(countryRow) });

// The topology is checked for the shape we rely on; arcs are left to topojson-client.
export const topologyFile = z.object({
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

export type ContributorsFile = z.infer<typeof contributorsFile>;
export type Contributor = z.infer<typeof contributorRow>;
export type DeploymentsFile = z.infer<typeof deploymentsFile>;
export type Deployment = z.infer<typeof deploymentRow>;
export type MissionsFile = z.infer<typeof missionsFile>;
export type Mission = z.infer<typeof missionRow>;
export type PoliceByYearFile = z.infer<typeof policeByYearFile>;
export type YearRow = z.infer<typeof yearRow>;
export type EventsFile = z.infer<typeof eventsFile>;
export type TimelineEvent = z.infer<typeof eventRow>;
export type StoriesFile = z.infer<typeof storiesFile>;
export type Story = z.infer<typeof storyRow>;
export type Quotation = z.infer<typeof quotation>;
export type HeadlineFile = z.infer<typeof headlineFile>;
export type HeadlineFigure = z.infer<typeof headlineFigure>;
export type CountriesFile = z.infer<typeof countriesFile>;
export type Country = z.infer<typeof countryRow>;
export type TopologyFile = z.infer<typeof topologyFile>;
