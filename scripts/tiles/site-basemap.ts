// The basemap of a site of stories: each story's layers (for its static maps and first frames) and one shared set
// of vector tiles cut where any story's map can look. A story inside the box of the detailed city data
// (geodata/sources/, see PROVENANCE.md) is drawn from it; any other from the country-wide data for its own box.
import { readFileSync } from 'node:fs';
import type { Feature, Geometry, MultiPolygon } from 'geojson';
import { REGION } from '../../src/geo/region';
import { TILE_MAX_ZOOM } from '../../src/geo/tiles';
import type { BasemapLayers } from '../../src/geo/topology';
import { basemapBounds, type LonLatBox } from '../../src/map/view/story-region';
import type { ResolvedStory } from '../../src/story/types';
import { SEA_FILE } from '../geodata/sea';
import { cutTiles } from './cut-tiles';
import { dataBox, tileAreas, type TileArea } from './tile-plan';
import { readChina, regionLayers, seaIn, type ChinaData } from './region-layers';
import { tileFeatures, WORLD_BOX, type TileFeatures } from './tile-features';
import { readWorld, showsWorld, type WorldLayers } from './world-layers';

/** The box the detailed city data covers. */
const DETAILED_BOX: LonLatBox = [REGION.west, REGION.south, REGION.east, REGION.north];

const inside = ({ lon, lat }: { lon: number; lat: number }, b: LonLatBox) =>
  lon >= b[0] && lon <= b[2] && lat >= b[1] && lat <= b[3];

export interface StoryBasemap {
  /** Where the story's map may look, margin included: the map's maxBounds. */
  box: LonLatBox;
  /** Where its tiles are cut, to which zoom. */
  areas: TileArea[];
  /** Where its basemap has data: beyond, its static maps and first frames draw none. */
  dataBox: LonLatBox;
  layers: BasemapLayers;
}

type Story = Pick<ResolvedStory, 'slug' | 'places' | 'chapters' | 'layers'>;

/**
 * Each story's basemap; `detailed` loads the city data (its built topology), only when a story needs it;
 * `inChina`: whether China's data covers a place (else the story shows the world's countries).
 */
export function storyBasemaps(
  stories: readonly Story[],
  detailed: () => BasemapLayers,
  root: string,
  inChina: (lon: number, lat: number) => boolean,
): Map<string, StoryBasemap> {
  let china: ChinaData | undefined;
  let world: Geometry | undefined;
  let countries: WorldLayers | undefined;
  let skip: Set<string> | undefined;
  const out = new Map<string, StoryBasemap>();
  // Read once and shared: siteTiles draws one world for all the stories that show it. Its maps have data
  // everywhere, at the zooms that show the world.
  const withWorld = (story: Story, basemap: StoryBasemap): StoryBasemap =>
    showsWorld(story, inChina)
      ? {
          ...basemap,
          dataBox: WORLD_BOX,
          layers: { ...basemap.layers, world: (countries ??= readWorld(root)) },
        }
      : basemap;
  for (const story of stories) {
    const box = basemapBounds(story);
    const areas = tileAreas(story);
    const data = dataBox(story);
    if (Object.values(story.places).every((p) => inside(p, DETAILED_BOX))) {
      out.set(story.slug, withWorld(story, { box, areas, dataBox: DETAILED_BOX, layers: detailed() }));
      continue;
    }
    china ??= readChina(root);
    // The counties the city data draws are left to it wherever both would be drawn.
    skip ??= codesOf(detailed());
    const sea = (): Feature<MultiPolygon> | null =>
      seaIn((world ??= JSON.parse(readFileSync(SEA_FILE, 'utf8')) as Geometry), data);
    out.set(
      story.slug,
      withWorld(story, { box, areas, dataBox: data, layers: regionLayers(data, china, sea, skip) }),
    );
  }
  return out;
}

function codesOf(layers: BasemapLayers): Set<string> {
  const codes = new Set<string>();
  for (const f of layers.districts.features) codes.add(f.properties.adcode);
  for (const f of layers.counties.features) codes.add(f.properties.code);
  return codes;
}

/** One set of tiles for all the stories: each layer once, however many stories draw it. */
export function siteTiles(basemaps: ReadonlyMap<string, StoryBasemap>): Map<string, Uint8Array> {
  const seen = new Set<BasemapLayers>();
  const features: TileFeatures = { ground: [], lines: [], district_labels: [], city_label: [] };
  const counties = new Set<string>();
  const worlds = new Set<BasemapLayers['world']>();
  for (const { layers } of basemaps.values()) {
    if (seen.has(layers)) continue;
    seen.add(layers);
    // The world once, whichever stories show it; the stories that do not show it keep their own sea.
    const drawn = layers.world && worlds.has(layers.world) ? { ...layers, world: undefined } : layers;
    worlds.add(layers.world);
    const own = tileFeatures(drawn);
    for (const name of Object.keys(features) as (keyof TileFeatures)[])
      for (const f of own[name]) {
        // Regions that overlap share their counties: each is drawn, and named, once.
        const code = f.properties?.adcode;
        const key = `${name}:${String(f.properties?.kind)}:${String(code)}`;
        if (code !== undefined && dup(counties, key)) continue;
        features[name].push(f);
      }
  }
  return cutTiles(features, {
    areas: [...basemaps.values()].flatMap((b) => b.areas),
    maxZoom: TILE_MAX_ZOOM,
  });
}

function dup(seen: Set<string>, key: string): boolean {
  if (seen.has(key)) return true;
  seen.add(key);
  return false;
}
