// The timeline's props, chart-shaped: what it draws and nothing of the files it came from. The
// data's rows (data/schema) fit these shapes as they are.

/** UN police deployed in one December. */
export interface YearRow {
  year: number;
  police: number;
  source: string;
}

/** A dated event: a day, a month or a year ("2024-06-30", "2010-12", "2021"), maybe with an end. */
export interface TimelineEvent {
  id: string;
  date: string;
  end?: string;
  title: string;
  detail: string;
  /** The story the event belongs to, if any. */
  storyId?: string;
  source: string;
}

/** A story, as a bar over its years. */
export interface TimelineStory {
  id: string;
  theme: string;
  place: string;
  years: readonly [number, number];
}
