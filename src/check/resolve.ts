// Turns a checked story into complete chapter views: everything the map shows at a chapter follows from that
// chapter alone, so scrolling back, jumping and deep links need no special cases. Runs at build time, so the page
// receives plain data and ships neither the checker nor turf.
import { bbox, circle, featureCollection, point, truncate } from '@turf/turf';
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import type { Gazetteer } from '../geo/gazetteer';
import { locale, perLang } from '../locale/locales.ts';
import { comparison } from './comparison.ts';
import { paragraphs } from './paragraphs.ts';
import { quotedQuantity } from './metric-rules.ts';
import type { Story, StoryView } from '../story/schema';
import type { CheckedLayer } from './check-layers';
import { chapterMaxZoom } from './layer-zoom.ts';
import { resolveMedia } from './resolve-media.ts';
import type { Coverage } from './coverage';
import { BASEMAP_MAX_ZOOM } from '../geo/region.ts';
import type { Camera, ResolvedChapter, ResolvedLayer, ResolvedPlace, ResolvedStory } from '../story/types';

/** Below this radius a point is drawn as a pin; above it, as the area it may lie in. */
const PIN_PRECISION_M = 1500;
const DEFAULT_ZOOM = 11;
const DEFAULT_COLOR = '#3b6e8f';

// Own properties only, here and below: an id like `constructor` must never find what every object inherits.
const ownEntry = <T>(record: Record<string, T> | undefined, key: string): T | undefined =>
  record && Object.hasOwn(record, key) ? record[key] : undefined;

function lookup(story: Story, gazetteer: Gazetteer, id: string): ResolvedPlace {
  const own = ownEntry(story.places, id);
  if (own)
    return {
      id,
      ...own,
      crs: 'WGS84',
      approximate: own.precision_m > PIN_PRECISION_M,
      licence: null,
      note: null,
    };
  const g = ownEntry(gazetteer, id);
  if (!g) throw new Error(`unknown place "${id}" (the checker should have caught this)`);
  return {
    id,
    name: g.name,
    lon: g.lon,
    lat: g.lat,
    precision_m: g.precision_m,
    approximate: g.approximate || g.precision_m > PIN_PRECISION_M,
    source: g.source,
    licence: g.licence,
    crs: g.crs,
    note: g.precision_note,
  };
}

// Its vertices to 10⁻⁵ degree (about a metre), far finer than any place's uncertainty: every page carries the
// circles, and the sixteen digits turf computes were most of their weight.
function uncertaintyArea(p: ResolvedPlace): Feature<Polygon, { id: string }> {
  const area = circle([p.lon, p.lat], p.precision_m, {
    units: 'meters',
    steps: 64,
    properties: { id: p.id },
  });
  return truncate(area, { precision: 5, mutate: true });
}

/**
 * The closest the basemap holds to where a view's camera is: at its centre or place, or the coarsest data among
 * the places a fit frames. Without a coverage, the basemap's own limit.
 */
function dataMaxZoom(
  view: StoryView,
  places: Map<string, ResolvedPlace>,
  coverage: Pick<Coverage, 'dataAt'> | undefined,
): number {
  if (!coverage) return BASEMAP_MAX_ZOOM;
  const at = (id: string): [number, number] => [places.get(id)!.lon, places.get(id)!.lat];
  const points = view.center ? [view.center] : view.place ? [at(view.place)] : (view.fit ?? []).map(at);
  return Math.min(
    BASEMAP_MAX_ZOOM,
    ...points.map(([lon, lat]) => coverage.dataAt(lon, lat)?.maxZoom ?? BASEMAP_MAX_ZOOM),
  );
}

function camera(view: StoryView, places: Map<string, ResolvedPlace>, maxZoom: number): Camera {
  const pitch = view.pitch ?? 0;
  const bearing = view.bearing ?? 0;
  // A view that gives no zoom is shown as close as its data holds to, never closer.
  const zoom = view.zoom ?? Math.min(DEFAULT_ZOOM, maxZoom);
  if (view.center) {
    return { kind: 'center', center: view.center, zoom, pitch, bearing };
  }
  if (view.place) {
    const p = places.get(view.place)!;
    return { kind: 'center', center: [p.lon, p.lat], zoom, pitch, bearing };
  }
  // Frame the whole uncertainty area of an approximate place, not just its nominal point.
  const shapes = (view.fit ?? []).map((id) => {
    const p = places.get(id)!;
    return p.approximate ? uncertaintyArea(p) : point([p.lon, p.lat]);
  });
  const [w, s, e, n] = bbox(featureCollection<Polygon | GeoJSON.Point>(shapes));
  return { kind: 'fit', bounds: [w, s, e, n], pitch, bearing };
}

/**
 * `checked`: the story's layer files as the checker read them (check-layers.ts); `coverage`: which data the
 * basemap draws where (coverage.ts), which holds each chapter to the zoom of the data its camera is on;
 * `pictures`: the size of each picture the chapters name, by file (check-media.ts).
 */
export function resolveStory(
  slug: string,
  story: Story,
  gazetteer: Gazetteer,
  checked: Record<string, CheckedLayer> = {},
  coverage?: Pick<Coverage, 'dataAt'>,
  pictures: Record<string, { width: number; height: number }> = {},
): ResolvedStory {
  const used = new Map<string, ResolvedPlace>();
  const use = (id: string) => {
    if (!used.has(id)) used.set(id, lookup(story, gazetteer, id));
  };

  const chapters = story.chapters.map((ch, index): ResolvedChapter => {
    const { phone, ...view } = ch.view;
    const placesOf = (v: StoryView) => (v.place ? [v.place] : (v.fit ?? []));
    const viewPlaces = placesOf(view);
    viewPlaces.forEach(use);
    if (phone) placesOf(phone).forEach(use);
    const markers = ch.markers ?? viewPlaces;
    markers.forEach(use);
    const subject = view.place;
    const ownZoom = dataMaxZoom(view, used, coverage);
    const phoneZoom = phone ? dataMaxZoom(phone, used, coverage) : ownZoom;
    // One cap for the chapter whichever view it shows: what its layers and the data under either camera hold to.
    const dataZoom = Math.min(ownZoom, phoneZoom);
    const sectionFrom = ch.section ? ownEntry(story.sections, ch.section)?.from : undefined;
    return {
      id: ch.id,
      index,
      section: ch.section ?? null,
      color: (ch.section && ownEntry(story.sections, ch.section)?.color) || DEFAULT_COLOR,
      title: ch.title,
      paragraphs: perLang((l) => paragraphs(ch.text[l], locale(l).space)),
      alt: ch.alt,
      camera: camera(view, used, ownZoom),
      ...(phone ? { phoneCamera: camera(phone, used, phoneZoom) } : {}),
      markers,
      highlight: ch.highlight ?? [],
      // A popup shows an excerpt only when the excerpt names its place: a quote is not placed by the chapter's view.
      excerpts: ch.excerpts ?? [],
      metrics: (ch.metrics ?? []).map((m, j) => {
        const q = quotedQuantity(m);
        return {
          ...m,
          place: m.place ?? subject!,
          from: m.from ?? sectionFrom ?? null,
          key: `${ch.id}:${j}`,
          qualifier: q?.qualifier ?? null,
          qualifierZh: q?.prefix ?? '',
        };
      }),
      caption: ch.caption ?? null,
      comparison: null,
      ...(ch.media?.length
        ? { media: ch.media.map((m) => resolveMedia(m, ownEntry(pictures, m.file))) }
        : {}),
      // Only where there are layers or coarser data than the counties', so a story in China without layers
      // resolves exactly as before.
      ...(ch.layers?.length
        ? {
            layers: ch.layers,
            maxZoom: chapterMaxZoom(ch.layers, story.layers, dataZoom),
            ...(ch.draw_with_scroll?.length ? { drawWithScroll: ch.draw_with_scroll } : {}),
          }
        : dataZoom < BASEMAP_MAX_ZOOM
          ? { maxZoom: dataZoom }
          : {}),
    };
  });
  const layers = resolveLayers(story, chapters, checked);
  // Built with defineProperty semantics, so even a key like `__proto__` would stay a key.
  const places: Record<string, ResolvedPlace> = Object.fromEntries(used);
  // Comparisons read every chapter's figures, so they are filled in once all chapters are resolved.
  story.chapters.forEach((ch, i) => {
    if (ch.compare) chapters[i]!.comparison = comparison(chapters[i]!, chapters, places);
  });

  const areas: FeatureCollection<Polygon, { id: string }> = featureCollection(
    Object.values(places)
      .filter((p) => p.approximate)
      .map(uncertaintyArea),
  );
  return {
    slug,
    title: story.title,
    summary: story.summary,
    credits: story.credits,
    byline: story.byline ?? null,
    source: story.source ?? null,
    attribution: story.attribution ?? null,
    sections: story.sections ?? {},
    places,
    chapters,
    areas,
    ...(Object.keys(layers).length ? { layers } : {}),
  };
}

/** The layers some chapter shows (a declared layer no chapter shows is a warning, and is not shipped). */
function resolveLayers(
  story: Story,
  chapters: ResolvedChapter[],
  checked: Record<string, CheckedLayer>,
): Record<string, ResolvedLayer> {
  const out = new Map<string, ResolvedLayer>();
  for (const ch of chapters)
    for (const id of ch.layers ?? []) {
      if (out.has(id)) continue;
      const declared = ownEntry(story.layers, id);
      const file = ownEntry(checked, id);
      if (!declared || !file)
        throw new Error(`layer "${id}" was not checked (the checker should have caught this)`);
      out.set(id, {
        id,
        name: declared.name,
        source: declared.source,
        licence: declared.licence,
        crs: declared.crs,
        precision_m: declared.precision_m,
        kinds: file.kinds,
        color: ch.color,
        bytes: file.bytes,
        data: file.data,
      });
    }
  return Object.fromEntries(out);
}
