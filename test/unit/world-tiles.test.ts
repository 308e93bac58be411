// The world at country level in the tiles: drawn for a story abroad or of China in the world, to the zooms that
// show it, named in both languages, and leaving the tiles of a story in China as they were where it looks.
import { VectorTile } from '@mapbox/vector-tile';
import Pbf from 'pbf';
import { describe, expect, it } from 'vitest';
import { loadChinaCoverage } from '../../scripts/stories/load-stories';
import { cutTiles } from '../../scripts/tiles/cut-tiles';
import { tileFeatures, WORLD_BOX, WORLD_MAX_ZOOM } from '../../scripts/tiles/tile-features';
import { frameSvg } from '../../scripts/maps/frame-svg';
import { frameGeometry, mercBox } from '../../src/map/view/frame-geometry';
import { PALETTE } from '../../src/map/style/palette';
import { tilesMeeting } from '../../scripts/tiles/tile-grid';
import { readWorld, showsWorld } from '../../scripts/tiles/world-layers';
import { layers, story } from './ningbo-fixture';

const world = readWorld(process.cwd());
const china = loadChinaCoverage();
const inChina = (lon: number, lat: number) => china.covers(lon, lat);
const decode = (bytes: Uint8Array) => new VectorTile(new Pbf(bytes));
const TOKYO: [number, number] = [139.69, 35.69];

/** The properties of each feature of a tile layer at `z` over `at`. */
function featuresAt(tiles: Map<string, Uint8Array>, z: number, at: [number, number], layer: string) {
  const { x, y } = tilesMeeting([...at, ...at], z)[0]!;
  const bytes = tiles.get(`${z}/${x}/${y}`);
  const l = bytes && decode(bytes).layers[layer];
  return l ? Array.from({ length: l.length }, (_, i) => l.feature(i).properties) : [];
}

describe('the world at country level', () => {
  it('names each country in both languages, and in English where the data has no Chinese', () => {
    const names = world.labels.features.map((f) => f.properties);
    expect(names).toContainEqual(expect.objectContaining({ name_zh: '日本', name_en: 'Japan' }));
    expect(names).toContainEqual(expect.objectContaining({ name_zh: '新加坡', name_en: 'Singapore' }));
    expect(names).toContainEqual(expect.objectContaining({ name_zh: 'Kosovo', name_en: 'Kosovo' }));
    // China is drawn by its own data, and named by it.
    expect(names.map((n) => n?.name_en)).not.toContain('China');
  });

  it("leaves China's land borders to its own data: neither a border nor a coast of the world's", () => {
    const near = ([lon, lat]: number[]) => Math.abs(lon! - 111.95) < 0.3 && Math.abs(lat! - 43.7) < 0.3;
    for (const { geometry } of [...world.borders.features, ...world.coast.features])
      expect(geometry.coordinates.flat().filter(near), 'at Erenhot').toEqual([]);
    // Mongolia's border with Russia is drawn.
    const russia = world.borders.features.flatMap((f) => f.geometry.coordinates.flat());
    expect(russia.some(([lon, lat]) => Math.abs(lon! - 106.7) < 0.5 && Math.abs(lat! - 50.3) < 0.5)).toBe(
      true,
    );
  });

  it('is shown by a story abroad or one that looks at China in the world, not by the Ningbo story', () => {
    expect(showsWorld(story, inChina)).toBe(false);
    const tokyo = { ...story.places.harbour!, id: 'tokyo', lon: TOKYO[0], lat: TOKYO[1] };
    expect(showsWorld({ ...story, places: { ...story.places, tokyo } }, inChina)).toBe(true);
    const afar = story.chapters.map((ch) => ({
      ...ch,
      camera: { ...ch.camera, kind: 'center' as const, center: [105, 35] as [number, number], zoom: 2 },
    }));
    expect(showsWorld({ ...story, chapters: afar as typeof story.chapters }, inChina)).toBe(true);
  });

  const tiles = cutTiles(tileFeatures({ ...layers, world }), {
    areas: [
      { box: [TOKYO[0], TOKYO[1], TOKYO[0], TOKYO[1]], maxZoom: 8 },
      { box: [121.0, 29.6, 121.7, 30.1], maxZoom: 9 },
    ],
    maxZoom: 9,
  });

  it('draws the countries, their coasts and names to the zooms that show the world', () => {
    const kinds = (z: number, layer: string) => featuresAt(tiles, z, TOKYO, layer).map((p) => p.kind);
    expect(kinds(3, 'ground')).toEqual(expect.arrayContaining(['sea', 'country']));
    expect(kinds(3, 'lines')).toContain('coast');
    expect(featuresAt(tiles, 3, TOKYO, 'district_labels')).toContainEqual(
      expect.objectContaining({ name_zh: '日本', name_en: 'Japan' }),
    );
    // Closer in, the story's own data draws the land and the sea; the countries' borders and names stay.
    expect(kinds(WORLD_MAX_ZOOM + 1, 'ground')).not.toContain('country');
    expect(kinds(WORLD_MAX_ZOOM + 1, 'lines')).not.toContain('coast');
  });

  it('draws borders between countries at every zoom', () => {
    const seoulBorder: [number, number] = [126.9, 37.95];
    const at = cutTiles(tileFeatures({ ...layers, world }), {
      areas: [{ box: [...seoulBorder, ...seoulBorder], maxZoom: 8 }],
      maxZoom: 8,
    });
    for (const z of [2, 5, 8])
      expect(featuresAt(at, z, seoulBorder, 'lines').map((p) => p.kind)).toContain('border');
  });

  it("leaves the Ningbo tiles closer than the world's zooms as they were", () => {
    const alone = cutTiles(tileFeatures(layers), {
      areas: [{ box: [121.0, 29.6, 121.7, 30.1], maxZoom: 9 }],
      maxZoom: 9,
    });
    for (const [key, bytes] of alone)
      if (Number(key.split('/')[0]) > WORLD_MAX_ZOOM)
        expect(Buffer.from(tiles.get(key)!), key).toEqual(Buffer.from(bytes));
  });
});

describe('first frames of the world', () => {
  const content = { highlight: [], areas: { type: 'FeatureCollection' as const, features: [] } };
  /** `everywhere`: drawn in the world's box, as a story that shows the world is, even without it. */
  const frame = (zoom: number, withWorld: boolean, everywhere = withWorld) => {
    const camera = { kind: 'center' as const, center: TOKYO, zoom, pitch: 0, bearing: 0 };
    const g = frameGeometry(camera, everywhere ? mercBox(WORLD_BOX) : undefined)!;
    return frameSvg(withWorld ? { ...layers, world } : layers, g, content);
  };

  it('draw the sea, the countries and their coasts at a zoom that shows the world', () => {
    const svg = frame(3, true);
    expect(svg).toContain(`fill="${PALETTE.sea}"`);
    expect(svg).toContain(`stroke="${PALETTE.coast}"`);
    expect(svg.length).toBeGreaterThan(frame(3, false).length * 2);
  });

  it("leave the world's sea and coasts to the story's own data closer in", () => {
    const count = (svg: string, attr: string) => svg.split(attr).length - 1;
    const [near, alone] = [frame(WORLD_MAX_ZOOM + 1, true), frame(WORLD_MAX_ZOOM + 1, false, true)];
    for (const attr of [`fill="${PALETTE.sea}"`, `stroke="${PALETTE.coast}"`])
      expect(count(near, attr), attr).toBe(count(alone, attr));
    expect(count(frame(3, true), `fill="${PALETTE.sea}"`)).toBe(
      count(frame(3, false, true), `fill="${PALETTE.sea}"`) + 1,
    );
  });
});
