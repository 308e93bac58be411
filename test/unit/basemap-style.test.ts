import type { SymbolLayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { layers, story } from './ningbo-fixture';
import { ATTRIBUTION } from '../../src/geo/attribution';
import { startStyle } from '../../src/map/view/start-style';
import { LAYER, SOURCE, STATE } from '../../src/map/style/layer-ids';
import { mapView, placeFilter } from '../../src/map/view/map-view';
import { MARKER_BLOCKERS, markerBlockerText, markerPoints } from '../../src/map/style/marker-blockers';
import { LANGS, type Lang, type ResolvedChapter } from '../../src/story/types';
import { TILE_LAYER } from '../../src/geo/tiles';
import { tileFeatures } from '../../scripts/tiles/tile-features';

const BOX = { width: 1280, height: 800, insetTop: 48, insetBottom: 0 };
const viewOf = (chapter: ResolvedChapter, lang: Lang = 'zh') => mapView(story, chapter, lang, BOX);
const TILES = 'http://site.example/assets/tiles/{z}/{x}/{y}.pbf';
const styleAt = (chapter: ResolvedChapter, lang: Lang = 'zh') =>
  startStyle(story, TILES, viewOf(chapter, lang));

const symbols = (lang: Lang) =>
  styleAt(story.chapters[0]!, lang).layers.filter((l): l is SymbolLayerSpecification => l.type === 'symbol');

describe('basemapStyle labels', () => {
  it("starts at a chapter's view: its areas and stand-ins are in the style, not set after loading", () => {
    const ch = story.chapters.find((c) => c.highlight.length > 0 && c.markers.length > 0)!;
    const filters = Object.fromEntries(
      styleAt(ch).layers.map((l) => [l.id, 'filter' in l ? l.filter : undefined]),
    );
    expect(filters['areas-fill']).toEqual(placeFilter(ch.markers));
    expect(filters[MARKER_BLOCKERS]).toEqual(placeFilter(ch.markers));
  });

  it('emphasises districts by feature state keyed by adcode, never by a filter on the basemap', () => {
    const style = styleAt(story.chapters[0]!);
    expect(style.sources[SOURCE.basemap]).toMatchObject({
      type: 'vector',
      tiles: [TILES],
      promoteId: { [TILE_LAYER.ground]: 'adcode' },
    });
    const ground = style.layers.find((l) => l.id === LAYER.ground)!;
    expect(JSON.stringify(ground.paint)).toContain(JSON.stringify(['feature-state', STATE.highlight]));
    const onBasemap = style.layers.filter((l) => 'source' in l && l.source === SOURCE.basemap);
    for (const ch of story.chapters)
      expect(Object.keys(viewOf(ch).filters).filter((id) => onBasemap.some((l) => l.id === id))).toEqual([]);
  });

  it('draws every district, county and line of the basemap exactly once', () => {
    const tiles = tileFeatures(layers);
    const features = [...tiles.ground, ...tiles.lines];
    const count = (layer: 'ground' | 'lines', kind: string) =>
      tiles[layer].filter((f) => f.properties!.kind === kind).length;
    expect(count('ground', 'district')).toBe(layers.districts.features.length);
    expect(count('ground', 'county')).toBe(layers.counties.features.length);
    expect(count('lines', 'county')).toBe(layers.counties.features.length);
    expect(count('lines', 'river')).toBe(layers.rivers.features.length);
    // The sea: one box under the land, which leaves it uncovered.
    expect(count('ground', 'sea')).toBe(1);
    expect(features.length).toBe(
      [layers.land, layers.districts, layers.rivers, layers.outline, layers.coastline].reduce(
        (n, c) => n + c.features.length,
        1 + 2 * layers.counties.features.length,
      ),
    );
  });

  it("draws the coast over the counties' edges and under the city's outline, which share it", () => {
    const { lines } = tileFeatures(layers);
    const rank = (kind: string) => lines.find((f) => f.properties!.kind === kind)!.properties!.rank as number;
    expect(rank('county')).toBeLessThan(rank('coast'));
    expect(rank('coast')).toBeLessThan(rank('outline'));
  });

  it('credits the sources of what it draws, and only those', () => {
    expect(ATTRIBUTION).toContain('OpenStreetMap</a> contributors (ODbL)');
    expect(ATTRIBUTION).toContain('GeoNames</a> (CC BY 4.0)');
    // Natural Earth's land and coastline gave way to OpenStreetMap's sea (geodata/PROVENANCE.md).
    expect(ATTRIBUTION).not.toMatch(/natural ?earth/i);
  });

  it('places the marker stand-ins first, then the city, then the districts', () => {
    // MapLibre places symbol layers from the top of the style down: the last one wins collisions.
    const order = symbols('zh').map((l) => l.id);
    expect(order.slice(-3)).toEqual(['district-labels', 'city-label', MARKER_BLOCKERS]);
  });

  it("gives every symbol layer its text from the view, in the view's language", () => {
    for (const lang of LANGS) {
      const fields: Record<string, unknown> = viewOf(story.chapters[0]!, lang).text;
      const layersWithText = symbols(lang).filter((l) => l.layout?.['text-field'] !== undefined);
      expect(Object.keys(fields).sort()).toEqual(layersWithText.map((l) => l.id).sort());
      for (const l of layersWithText) expect(fields[l.id], l.id).toEqual(l.layout!['text-field']);
    }
  });

  it('names the city larger and bolder than any district', () => {
    const [city, districts] = ['city-label', 'district-labels'].map(
      (id) => symbols('en').find((l) => l.id === id)!.layout!,
    );
    const districtSizes = JSON.stringify(districts!['text-size'])
      .match(/\d+(\.\d+)?/g)!
      .map(Number);
    expect(city!['text-size']).toBeGreaterThan(Math.max(...districtSizes));
    expect((city!['text-font'] as string[])[0]).toMatch(/\bbold\b/i);
    expect(districts!['text-font'] as string[]).not.toContain('Noto Sans CJK SC Bold');
  });

  it("keeps the stand-ins invisible but colliding, for the chapter's own markers only", () => {
    const blockers = symbols('zh').find((l) => l.id === MARKER_BLOCKERS)!;
    expect(blockers.paint?.['text-opacity']).toBe(0);
    expect(blockers.layout?.['text-allow-overlap']).toBe(true);
    expect(blockers.layout?.['text-ignore-placement']).toBeUndefined();
    expect(blockers.filter).toEqual(placeFilter(story.chapters[0]!.markers));
  });
});

describe('marker stand-ins', () => {
  it('has one point per place, at the place, with its names and whether it is approximate', () => {
    const points = markerPoints(story).features;
    expect(points.map((f) => f.properties!.id).sort()).toEqual(Object.keys(story.places).sort());
    for (const f of points) {
      const p = story.places[f.properties!.id as string]!;
      expect(f.geometry.coordinates).toEqual([p.lon, p.lat]);
      expect(f.properties).toMatchObject({
        name_zh: p.name.zh,
        name_en: p.name.en,
        approximate: p.approximate,
      });
    }
  });

  it('stands a pinned label on room for the pin, and writes "approximate" under an approximate one', () => {
    const [, name, , rest] = markerBlockerText('zh') as unknown as [string, unknown, unknown, unknown[]];
    expect(name).toEqual(['get', 'name_zh']);
    const [, , approximate, pinned] = rest as [string, unknown, string, string];
    expect(approximate).toBe('\n近似位置');
    // A trailing newline does not make a line, so three newlines give two empty lines: 2 x 16.9 px >= 32 px.
    expect(pinned).toBe('\n\n\n');
    expect(JSON.stringify(markerBlockerText('en'))).toContain('approximate location');
  });
});
