// The basemap as a MapLibre style built from our own layers alone: no tile server, no glyph server. Leaving
// `glyphs` out makes MapLibre (>= 5.11) draw labels with the local fonts named in text-font.
import type {
  DataDrivenPropertyValueSpecification,
  ExpressionSpecification,
  LayerSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import type { BasemapLayers } from '../geo/topology';
import type { ResolvedChapter, ResolvedStory } from '../story/types';
import type { Lang } from '../story/types';
import { MARKER_BLOCKERS, markerBlockerLayer, markerBlockerText, markerPoints } from './marker-blockers';
import { PALETTE } from './palette';
import { locale } from '../locale/locales';
import { MAP_FONTS } from '../ui/font-stacks';

export const FONT_STACK = MAP_FONTS;
// With no glyph server MapLibre draws text with local fonts and reads the weight from the first name's words, so
// these names need not exist as families: the browser falls back along the stack at that weight.
const BOLD_STACK = ['Noto Sans CJK SC Bold', ...FONT_STACK];
const SEMIBOLD_STACK = ['Noto Sans CJK SC SemiBold', ...FONT_STACK];

export { ATTRIBUTION } from './attribution';

const SOURCE_MAXZOOM = 10;

export function labelField(lang: Lang): DataDrivenPropertyValueSpecification<string> {
  return ['get', locale(lang).labelField];
}

/**
 * The feature state that hides a label: one the map's edge or a control over the map would cut (fit-labels.ts).
 * Opacity is paint, so hiding one costs no tiling in the worker.
 */
export const UNFIT = 'unfit';
const fitOpacity: DataDrivenPropertyValueSpecification<number> = [
  'case',
  ['boolean', ['feature-state', UNFIT], false],
  0,
  1,
];

/** What fit-labels.ts needs to know of a label layer to draw its labels' boxes; the layers below use the same. */
export interface LabelLayer {
  /** The layer and its source share this id. */
  id: string;
  /** The property that names a feature for its feature state (the source's promoteId). */
  key: string;
  size: (props: { focus?: boolean }) => number;
  weight: number;
  letterSpacing: number;
  halo: number;
  /** text-radial-offset, in ems: how far a name may step off its point to make way for a marker. */
  offset: number;
}

export const DISTRICT_LABELS: LabelLayer = {
  id: 'district-labels',
  key: 'adcode',
  size: (p) => (p.focus ? 15 : 12.5),
  weight: 400,
  letterSpacing: 0,
  halo: 1.6,
  offset: 0.9,
};
export const CITY_LABEL: LabelLayer = {
  id: 'city-label',
  key: 'name_en',
  size: () => 19,
  weight: 700,
  letterSpacing: 0.08,
  halo: 2.2,
  offset: 0.6,
};

/** The source of the ground and its lines. */
export const BASEMAP = 'basemap';
/** The feature state, keyed by a district's adcode, that marks the districts a chapter emphasises. */
export const HIGHLIGHT = 'highlight';

/**
 * Our layers' features marked with the MapLibre layer that draws them and their kind within it, so that one
 * MapLibre layer can draw several of ours from one source.
 */
function drawnBy(
  layer: string,
  ...parts: [kind: string, data: GeoJSON.FeatureCollection][]
): GeoJSON.Feature[] {
  return parts.flatMap(([kind, data], rank) =>
    data.features.map((f) => ({ ...f, properties: { ...f.properties, layer, kind, rank } })),
  );
}

const ofLayer = (id: string): ExpressionSpecification => ['==', ['get', 'layer'], id];

/** Filter that keeps the features of the places a chapter marks (their uncertainty areas, their stand-ins). */
export function placeFilter(ids: string[]): ExpressionSpecification {
  return ['in', ['get', 'id'], ['literal', ids]];
}

/**
 * What a chapter shows of the story's own layers, as a filter per layer: the style the map is made with starts
 * with them, and every chapter change sets them again. (Its districts are emphasised by feature state, HIGHLIGHT,
 * not by a filter: a filter on the basemap would send the worker back to lay out every ground tile.)
 */
export function chapterFilters(chapter: ResolvedChapter): [layer: string, filter: ExpressionSpecification][] {
  const places = placeFilter(chapter.markers);
  return [
    ['areas-fill', places],
    ['areas-line', places],
    [MARKER_BLOCKERS, places],
  ];
}

/**
 * Every symbol layer whose text is in the reader's language, with that text: the map is made in one language and
 * switched by setting each layer's text-field again.
 */
export function textFields(
  lang: Lang,
): [layer: string, field: DataDrivenPropertyValueSpecification<string>][] {
  return [
    [MARKER_BLOCKERS, markerBlockerText(lang)],
    ['city-label', labelField(lang)],
    ['district-labels', labelField(lang)],
  ];
}

/**
 * The style, already showing `chapter`'s areas and marker stand-ins: set after loading instead, each filter would
 * send the worker back to lay out its source's tiles again before the map could rest.
 */
export function basemapStyle(
  layers: BasemapLayers,
  story: ResolvedStory,
  lang: Lang,
  chapter: ResolvedChapter,
): StyleSpecification {
  // Tiles stop at zoom 10: the outlines' vertices are 0.5–3 km apart, so deeper tiles would add no detail, only
  // tiling work in the worker on every flight into a town (zoom 10 tiles keep ~10 m precision when overzoomed).
  const source = (data: GeoJSON.FeatureCollection) => ({
    type: 'geojson' as const,
    data,
    maxzoom: SOURCE_MAXZOOM,
  });
  const style: LayerSpecification[] = [
    { id: 'sea', type: 'background', paint: { 'background-color': PALETTE.sea } },
    // The ground (land, the neighbouring counties, the city's districts, a chapter's highlights) is one layer and
    // the solid lines another, both from one source: in software WebGL every layer costs 5–12 ms a frame whatever
    // its size, and every change of source between layers another mask per tile (measured). The reader sees one
    // ground and one set of lines either way. Within a layer, features are drawn in the order of their rank.
    {
      id: 'ground',
      type: 'fill',
      source: BASEMAP,
      filter: ofLayer('ground'),
      layout: { 'fill-sort-key': ['get', 'rank'] },
      paint: {
        // The ground's edges lie under our lines (district, county, outline, coast), which smooth them already;
        // antialiasing them as well is one more pass over every polygon's edge each frame: 5 ms of 50 (measured).
        'fill-antialias': false,
        'fill-color': [
          'case',
          ['boolean', ['feature-state', HIGHLIGHT], false],
          PALETTE.highlight,
          [
            'match',
            ['get', 'kind'],
            'district',
            ['case', ['get', 'focus'], PALETTE.focus, PALETTE.district],
            'county',
            PALETTE.county,
            PALETTE.land,
          ],
        ],
      },
    },
    {
      id: 'district-lines',
      type: 'line',
      source: BASEMAP,
      filter: ['==', ['get', 'kind'], 'district'],
      paint: { 'line-color': PALETTE.districtLine, 'line-width': 0.9, 'line-dasharray': [3, 2] },
    },
    {
      id: 'lines',
      type: 'line',
      source: BASEMAP,
      filter: ofLayer('lines'),
      layout: { 'line-sort-key': ['get', 'rank'] },
      paint: {
        'line-color': [
          'match',
          ['get', 'kind'],
          'county',
          PALETTE.countyLine,
          'river',
          PALETTE.river,
          'outline',
          PALETTE.outline,
          PALETTE.coast,
        ],
        'line-width': ['match', ['get', 'kind'], 'county', 0.6, 'river', 1.6, 'outline', 1.4, 1],
      },
    },
    {
      id: 'areas-fill',
      type: 'fill',
      source: 'areas',
      paint: { 'fill-color': PALETTE.area, 'fill-opacity': 0.12 },
    },
    {
      id: 'areas-line',
      type: 'line',
      source: 'areas',
      paint: { 'line-color': PALETTE.area, 'line-width': 1.5, 'line-dasharray': [2, 2] },
    },
    {
      id: 'district-labels',
      type: 'symbol',
      source: 'district-labels',
      layout: {
        'text-field': labelField(lang),
        'text-font': FONT_STACK,
        'text-size': [
          'case',
          ['get', 'focus'],
          DISTRICT_LABELS.size({ focus: true }),
          DISTRICT_LABELS.size({}),
        ],
        'text-padding': 4,
        // A district's name may step a little off its centre to make way for a marker, rather than vanish.
        'text-variable-anchor': ['center', 'bottom', 'top', 'left', 'right'],
        'text-radial-offset': DISTRICT_LABELS.offset,
      },
      paint: {
        'text-color': PALETTE.label,
        'text-halo-color': PALETTE.halo,
        'text-halo-width': DISTRICT_LABELS.halo,
        'text-opacity': fitOpacity,
      },
    },
    // Above the districts, so it is placed before them: the city's name wins a collision with a district's.
    {
      id: 'city-label',
      type: 'symbol',
      source: 'city-label',
      layout: {
        'text-field': labelField(lang),
        'text-font': BOLD_STACK,
        'text-size': CITY_LABEL.size({}),
        'text-letter-spacing': CITY_LABEL.letterSpacing,
        'text-padding': 4,
        // On a phone the opening is zoomed out far enough for a marker to cover the seat: the name steps aside.
        'text-variable-anchor': ['center', 'top', 'left', 'right', 'bottom'],
        'text-radial-offset': CITY_LABEL.offset,
      },
      paint: {
        'text-color': PALETTE.cityLabel,
        'text-halo-color': PALETTE.halo,
        'text-halo-width': CITY_LABEL.halo,
        'text-opacity': fitOpacity,
      },
    },
    // Last, so placed first: symbol layers are placed from the top of the style down.
    markerBlockerLayer(lang, SEMIBOLD_STACK),
  ];
  const filters = new Map(chapterFilters(chapter));
  return {
    version: 8,
    // No paint property of ours changes after load. With MapLibre's default 300 ms transition the new style counts
    // as transitioning for its first 300 ms, and MapLibre redraws on every frame of them while still loading.
    transition: { duration: 0, delay: 0 },
    // The worker takes sources in this order. Labels go first: their tiles wait on the page for glyphs, which it
    // draws between frames, so they ask while the page is still idle and the polygons are tiled meanwhile
    // (map ready about 5% sooner, measured).
    sources: {
      markers: source(markerPoints(story)),
      // Keyed for the feature state that hides a label the view would cut.
      'city-label': { ...source(layers.cityLabel), promoteId: CITY_LABEL.key },
      'district-labels': { ...source(layers.districtLabels), promoteId: DISTRICT_LABELS.key },
      [BASEMAP]: {
        ...source({
          type: 'FeatureCollection',
          features: [
            ...drawnBy(
              'ground',
              ['land', layers.land],
              ['county', layers.counties],
              ['district', layers.districts],
            ),
            // The coast runs over the counties' seaward edges (the same line, drawn once in its own colour) and
            // under the city's outline, which keeps Ningbo's shape whole where its edge is the coast.
            ...drawnBy(
              'lines',
              ['county', layers.counties],
              ['coast', layers.coastline],
              ['river', layers.rivers],
              ['outline', layers.outline],
            ),
          ],
        }),
        // Districts are known by their adcode, which keys the highlight's feature state.
        promoteId: 'adcode',
      },
      areas: source(story.areas),
    },
    layers: style.map((l) => {
      const filter = filters.get(l.id);
      return filter ? { ...l, filter } : l;
    }),
  };
}
