// Draws a story's static locator maps, in both languages, from the built basemap.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Topology } from 'topojson-specification';
import { locatorSvg, staticMapSvg } from '../maps/static-map.ts';
import { frameMarkup, frameSvg, type FrameContent } from '../maps/frame-svg.ts';
import { frameGeometry, frameUrl, mercBox } from '../../src/map/view/frame-geometry.ts';
import { decodeBasemap, type BasemapLayers } from '../../src/geo/topology.ts';
import { planStaticMaps } from './plan-static-maps.ts';
import { centerOfMass } from '@turf/turf';
import { REGION } from '../../src/geo/region.ts';
import type { LonLatBox } from '../../src/map/view/story-region.ts';
import { placesBox } from '../tiles/tile-plan.ts';
import { LANGS, type Lang, type ResolvedChapter, type ResolvedStory } from '../../src/story/types.ts';
import { t } from '../../src/locale/i18n.ts';
import { locale } from '../../src/locale/locales.ts';
import { BASEMAP_CREDIT } from '../../src/geo/attribution.ts';

// The page shows the inset 150 px wide (96 px on a phone) in a 220 x 200 box: the same shape, at about 1 unit a px.
export const LOCATOR_SIZE = { width: 165, height: 150 };

export function loadBasemapLayers(root: string): BasemapLayers {
  const file = join(root, 'geodata', 'build', 'basemap.topo.json');
  return decodeBasemap(JSON.parse(readFileSync(file, 'utf8')) as Topology);
}

/** File name (relative to the story's folder) → SVG text. */
export function staticMapFiles(
  layers: BasemapLayers,
  story: ResolvedStory,
  basemap?: { dataBox: LonLatBox },
): Map<string, string> {
  const files = new Map<string, string>();
  for (const plan of planStaticMaps(story))
    for (const lang of LANGS)
      files.set(
        `maps/${plan.key}.${lang}.svg`,
        staticMapSvg(layers, {
          bounds: plan.bounds,
          width: 640,
          height: 400,
          highlight: plan.highlight,
          color: plan.color,
          layers: plan.layers.map((id) => story.layers![id]!),
          title: plan.title[lang],
          attribution: BASEMAP_CREDIT,
          places: plan.places.map((id) => {
            const p = story.places[id]!;
            const name = p.approximate ? `${p.name[lang]} (${t(lang, 'approximate')})` : p.name[lang];
            return { name, lon: p.lon, lat: p.lat, approximateM: p.approximate ? p.precision_m : null };
          }),
        }),
      );
  for (const lang of LANGS)
    files.set(`maps/locator.${lang}.svg`, locatorSvgFor(layers, lang, story, basemap));
  for (const [url, svg] of firstFrames(layers, story, basemap?.dataBox)) files.set(url, svg);
  return files;
}

/**
 * Each chapter's first frame (FirstFrame.svelte), for the chapter the page opens at: the opening, or the chapter
 * a link names. One per chapter, in no language (it has no text).
 */
export function firstFrames(
  layers: BasemapLayers,
  story: ResolvedStory,
  dataBox?: LonLatBox,
): Map<string, string> {
  const frames = new Map<string, string>();
  for (const ch of story.chapters) {
    const geometry = frameGeometry(ch.camera, dataBox && mercBox(dataBox), ch.maxZoom);
    if (geometry) frames.set(frameUrl(ch.id), frameSvg(layers, geometry, frameContent(story, ch)));
  }
  return frames;
}

/**
 * What the opening's first frame draws, for the story page to carry inline (render-page.ts, withOpeningFrame): it
 * then paints with the text, without waiting for a file. Null when the opening has no first frame.
 */
export function openingFrameMarkup(
  layers: BasemapLayers,
  story: ResolvedStory,
  dataBox?: LonLatBox,
): string | null {
  const opening = story.chapters[0]!;
  const geometry = frameGeometry(opening.camera, dataBox && mercBox(dataBox), opening.maxZoom);
  return geometry && inlineable(frameMarkup(layers, geometry, frameContent(story, opening)));
}

/**
 * How much drawing the page's HTML may carry for its opening (gzip -9): the text waits for all of it. Ningbo's city
 * fits with room to spare; a view of half the country would not, and its picture comes as a file instead, as every
 * other chapter's does (FirstFrame.svelte), once the page's script runs.
 */
export const INLINE_FRAME_MAX = 24_000;

/** `markup`, or null when it is too heavy to carry in the page's HTML. */
export function inlineable(markup: string): string | null {
  return gzipSync(markup, { level: 9 }).length <= INLINE_FRAME_MAX ? markup : null;
}

function frameContent(story: ResolvedStory, ch: ResolvedChapter): FrameContent {
  const areas = {
    ...story.areas,
    features: story.areas.features.filter((f) => ch.markers.includes(f.properties.id)),
  };
  const own = (ch.layers ?? []).map((id) => story.layers![id]!);
  return { highlight: ch.highlight, areas, layers: own };
}

/**
 * The inset for the opening: the whole region of the basemap, with the story's city emphasised and named where the
 * basemap has one (the detailed city data); elsewhere the story's places' surroundings, unnamed.
 */
function locatorSvgFor(
  layers: BasemapLayers,
  lang: Lang,
  story: Pick<ResolvedStory, 'places'>,
  basemap?: { dataBox: LonLatBox },
): string {
  if (layers.outline.features.length === 0) {
    const bounds = basemap ? placesBox(story) : [REGION.west, REGION.south, REGION.east, REGION.north];
    const [w, s, e, n] = bounds as LonLatBox;
    return locatorSvg(layers, {
      bounds: [w, s, e, n],
      ...LOCATOR_SIZE,
      area: { type: 'FeatureCollection', features: [] },
      label: { text: '', lon: (w + e) / 2, lat: (s + n) / 2 },
      title: t(lang, 'locator'),
    });
  }
  // Named over the area it shows, as the whole city is the subject here, not its seat.
  const [lon, lat] = centerOfMass(layers.outline).geometry.coordinates as [number, number];
  const names = layers.cityLabel.features[0]!.properties;
  return locatorSvg(layers, {
    bounds: [REGION.west, REGION.south, REGION.east, REGION.north],
    ...LOCATOR_SIZE,
    area: layers.outline,
    label: { text: String((names as Record<string, unknown>)[locale(lang).labelField] ?? ''), lon, lat },
    title: t(lang, 'locator'),
  });
}
