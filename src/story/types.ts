// The resolved story: what the build hands to the page. Plain JSON, so it can be embedded in the HTML.
import type { FeatureCollection, Geometry, Polygon } from 'geojson';
import type { Lang, LocalText } from '../locale/locales.ts';
import type { Story, StoryMetric } from './schema';

export type { LocalText };
export { LANGS, type Lang } from '../locale/locales.ts';

/** The geometry a layer file holds: one kind per file. */
export type LayerKind = 'point' | 'line' | 'area';

/** How a quote qualifies its number (超过 more, 近 nearly, 约 about). */
export type Qualifier = 'more' | 'nearly' | 'about';

export interface ResolvedPlace {
  id: string;
  name: LocalText;
  lon: number;
  lat: number;
  precision_m: number;
  /** Drawn as the area it may lie in, and named "approximate location", never as an exact pin. */
  approximate: boolean;
  source: string;
  licence: string | null;
  crs: 'WGS84';
  note: string | null;
}

/** One of the story's own layers, as checked: its geometry exactly as the file gives it, without properties. */
export interface ResolvedLayer {
  id: string;
  name: LocalText;
  source: string;
  licence: string;
  crs: 'WGS84';
  precision_m: number;
  /** What it holds, areas first: the legend draws a swatch of each. */
  kinds: LayerKind[];
  /** The colour of the first chapter that shows it, used wherever it is drawn (map, legend, static maps). */
  color: string;
  /** The layer file's size: what the story's layer budget counts. */
  bytes: number;
  data: FeatureCollection<Geometry, Record<string, never>>;
}

export type Camera =
  | { kind: 'center'; center: [number, number]; zoom: number; pitch: number; bearing: number }
  | { kind: 'fit'; bounds: [number, number, number, number]; pitch: number; bearing: number };

export type ResolvedMetric = Omit<StoryMetric, 'from'> & {
  place: string;
  /** Who reported it: its own `from`, else its section's; shown with it wherever it is shown. */
  from: LocalText | null;
  /** `<chapter-id>:<index>`: how the page names this figure (data-metric), wherever it is shown. */
  key: string;
  /** Read from the quote (超过, 余, 近, 约): shown with the number, so "20余家" never reads as exactly 20. */
  qualifier: Qualifier | null;
  /** The word the quote puts before the number for it (超过, 近), which the Chinese page shows as written. */
  qualifierZh: string;
};

/** The closing overview's facts (comparison.ts): each place with its headline figure, and their distances. */
export interface Comparison {
  places: { id: string; section: string | null; color: string; headline: ResolvedMetric | null }[];
  distances: { from: string; to: string; km: number; approximate: boolean }[];
}

/** A picture of a chapter: its text as the story gives it, and the sizes the build made (src/story/media.ts). */
export interface ResolvedMedia {
  /** What its files are called: media/<name>-<width>.<format>. */
  name: string;
  /** The widths made, smallest first. */
  widths: number[];
  /** The largest size's pixels: the <img>'s width and height, which keep its room before it loads. */
  width: number;
  height: number;
  alt: LocalText;
  caption: LocalText | null;
  credit: LocalText;
  licence: string;
  source: string;
  /** The place whose popup shows it at this chapter; null when it is in the chapter only. */
  place: string | null;
}

export interface ResolvedChapter {
  id: string;
  index: number;
  section: string | null;
  color: string;
  title: LocalText;
  paragraphs: Record<Lang, string[]>;
  alt: LocalText;
  camera: Camera;
  /** The view on a phone (a story at most PHONE_WIDTH wide), where the chapter gives one; else `camera` there too. */
  phoneCamera?: Camera;
  markers: string[];
  highlight: string[];
  /** Credited to `speaker` (who said it) or else `from` (the report it is quoted from), never to its place. */
  excerpts: { place?: string; text: LocalText; speaker?: LocalText; from?: LocalText }[];
  /** Shown with the comparison: what its figures measure and why they are not like for like. */
  caption: LocalText | null;
  metrics: ResolvedMetric[];
  /** For a chapter that compares its places: computed at build time (comparison.ts). */
  comparison: Comparison | null;
  /** Ids of the story's own layers shown at this chapter; absent when it shows none. */
  layers?: string[];
  /** Its pictures; absent when it has none. */
  media?: ResolvedMedia[];
  /** Ids of its line layers drawn as far as the reader has read of the chapter; absent when none is. */
  drawWithScroll?: string[];
  /**
   * With layers, or where the camera is on data coarser than China's counties (the world's countries): the closest
   * the map may zoom, from their precision and the data's (layer-zoom.ts, coverage.ts); else the basemap's limit.
   */
  maxZoom?: number;
}

export interface ResolvedStory {
  slug: string;
  title: LocalText;
  summary: LocalText;
  credits: LocalText;
  /** Who wrote the story's own text, under the headline (the source's reporters are `source.authors`). */
  byline: LocalText | null;
  source: Story['source'] | null;
  /** Who reported the story's figures, shown in the Sources section and with any comparison. */
  attribution: LocalText | null;
  sections: NonNullable<Story['sections']>;
  places: Record<string, ResolvedPlace>;
  chapters: ResolvedChapter[];
  /** Uncertainty circles of the approximate places, one per place id. */
  areas: FeatureCollection<Polygon, { id: string }>;
  /** The story's own layers that some chapter shows; absent when it has none. */
  layers?: Record<string, ResolvedLayer>;
}

/** A story as the build gives it to its pages: resolved, with what only the build works out. */
export interface BuiltStory extends ResolvedStory {
  /**
   * Where the live map may go (its `maxBounds`), west, south, east, north: the box the build cut the basemap for
   * (story-region.ts), which the page takes as it is rather than working it out again from every chapter.
   */
  mapBounds: [number, number, number, number];
}
