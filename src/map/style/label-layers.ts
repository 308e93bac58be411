// The map's own labels (the districts, the city). Their text is the view's (map-view.ts): it follows the language.
import type { DataDrivenPropertyValueSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import { LAYER, PROP, SOURCE, STATE } from './layer-ids';
import { PALETTE } from './palette';
import { MAP_FONTS } from './font-stacks';
import { TILE_LAYER } from '../../geo/tiles';
import { locale, SOURCE_LANG, type Lang } from '../../locale/locales';

// With no glyph server MapLibre draws text with local fonts and reads the weight from the first name's words, so
// these names need not exist as families: the browser falls back along the stack at that weight.
const BOLD_STACK = ['Noto Sans CJK SC Bold', ...MAP_FONTS];
export const SEMIBOLD_STACK = ['Noto Sans CJK SC SemiBold', ...MAP_FONTS];

// The feature state STATE.unfit hides a label: one the map's edge or a control over the map would cut
// (fit-labels.ts). Opacity is paint, so hiding one costs no tiling in the worker.
const fitOpacity: DataDrivenPropertyValueSpecification<number> = [
  'case',
  ['boolean', ['feature-state', STATE.unfit], false],
  0,
  1,
];

/** What fit-labels.ts needs to know of a label layer to draw its labels' boxes; the layers below use the same. */
export interface LabelLayer {
  id: typeof LAYER.districtLabels | typeof LAYER.cityLabel;
  /** The tiles' layer its labels come from. */
  tileLayer: (typeof TILE_LAYER)[keyof typeof TILE_LAYER];
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
  id: LAYER.districtLabels,
  tileLayer: TILE_LAYER.districtLabels,
  key: PROP.adcode,
  size: (p) => (p.focus ? 15 : 12.5),
  weight: 400,
  letterSpacing: 0,
  halo: 1.6,
  offset: 0.9,
};
export const CITY_LABEL: LabelLayer = {
  id: LAYER.cityLabel,
  tileLayer: TILE_LAYER.cityLabel,
  key: 'name_zh',
  size: () => 19,
  weight: 700,
  letterSpacing: 0.08,
  halo: 2.2,
  offset: 0.6,
};

export const districtLabelLayer: SymbolLayerSpecification = {
  id: LAYER.districtLabels,
  type: 'symbol',
  source: SOURCE.basemap,
  'source-layer': TILE_LAYER.districtLabels,
  layout: {
    'text-font': MAP_FONTS,
    'text-size': [
      'case',
      ['get', PROP.focus],
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
};

export const cityLabelLayer: SymbolLayerSpecification = {
  id: LAYER.cityLabel,
  type: 'symbol',
  source: SOURCE.basemap,
  'source-layer': TILE_LAYER.cityLabel,
  layout: {
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
};

/**
 * The text of a label in the reader's language: the property its locale names, or the name in the data's own
 * language where no name in the reader's could be derived (scripts/tiles/english-name.ts): never an empty label.
 */
export function labelField(lang: Lang): DataDrivenPropertyValueSpecification<string> {
  const own = locale(lang).labelField;
  const original = locale(SOURCE_LANG).labelField;
  return own === original ? ['get', own] : ['coalesce', ['get', own], ['get', original]];
}

/** A label's text as labelField draws it, for code that measures it (fit-labels.ts). */
export function labelText(props: Record<string, unknown>, lang: Lang): string {
  const text = props[locale(lang).labelField] ?? props[locale(SOURCE_LANG).labelField];
  return typeof text === 'string' ? text : '';
}
