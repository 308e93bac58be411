// The basemap's vector tiles: which tiles a story needs, what each holds, the English names on them.
import { VectorTile } from '@mapbox/vector-tile';
import Pbf from 'pbf';
import { describe, expect, it } from 'vitest';
import { TILE_MAX_ZOOM } from '../../src/geo/tiles';
import { cutTiles } from '../../scripts/tiles/cut-tiles';
import { englishName } from '../../scripts/tiles/english-name';
import { MIN_ZOOM_PROP, tileFeatures } from '../../scripts/tiles/tile-features';
import { tilesMeeting, tilesForAreas } from '../../scripts/tiles/tile-grid';
import { placesBox, tileAreas } from '../../scripts/tiles/tile-plan';
import { TILE_BUDGET, tileBudgetProblem } from '../../scripts/tiles/tile-budget';
import { readFileSync } from 'node:fs';
import { layers, story } from './ningbo-fixture';

const decode = (bytes: Uint8Array) => new VectorTile(new Pbf(bytes));

describe('tilesMeeting', () => {
  it('finds the one tile of zoom 0, and the tiles either side of the prime meridian', () => {
    expect(tilesMeeting([-10, -10, 10, 10], 0)).toEqual([{ z: 0, x: 0, y: 0 }]);
    expect(tilesMeeting([-10, 1, 10, 10], 1)).toEqual([
      { z: 1, x: 0, y: 0 },
      { z: 1, x: 1, y: 0 },
    ]);
  });

  it("holds Ningbo at zoom 9 in the tiles the map asks for at the story's opening", () => {
    const ids = tilesMeeting([121.0, 29.6, 121.7, 30.1], 9).map((t) => `${t.x}/${t.y}`);
    expect(ids).toContain('428/211');
  });
});

describe('tileAreas', () => {
  it('cuts every zoom around each place, and shallow zooms only where a view looks from afar', () => {
    const areas = tileAreas(story);
    const tiles = tilesForAreas(areas);
    for (const p of Object.values(story.places)) {
      const deepest = tilesMeeting([p.lon, p.lat, p.lon, p.lat], TILE_MAX_ZOOM)[0]!;
      expect(tiles, p.id).toContainEqual(deepest);
    }
    expect(Math.max(...tiles.map((t) => t.z))).toBe(TILE_MAX_ZOOM);
    // Not every tile of the region's box at the deepest zoom: the chapters' views at their own zoom and around.
    const [w, s, e, n] = placesBox(story);
    const everywhere = tilesMeeting([w - 5, s - 5, e + 5, n + 5], TILE_MAX_ZOOM).length;
    expect(tiles.filter((t) => t.z === TILE_MAX_ZOOM).length).toBeLessThan(everywhere);
  });
});

describe('cutTiles', () => {
  const features = tileFeatures(layers);
  const tiles = cutTiles(features, { areas: [{ box: [121.0, 29.6, 121.7, 30.1], maxZoom: 9 }], maxZoom: 9 });

  it('encodes each layer into its tile, districts keyed by adcode and named in both languages', () => {
    const tile = decode(tiles.get('9/428/211')!);
    expect(Object.keys(tile.layers).sort()).toEqual(['city_label', 'district_labels', 'ground', 'lines']);
    const ground = tile.layers.ground!;
    const kinds = new Set(Array.from({ length: ground.length }, (_, i) => ground.feature(i).properties.kind));
    expect(kinds).toEqual(new Set(['sea', 'land', 'county', 'district']));
    const labels = tile.layers.district_labels!;
    const names = Array.from({ length: labels.length }, (_, i) => labels.feature(i).properties);
    expect(names).toContainEqual(
      expect.objectContaining({ adcode: '330281', name_zh: '余姚市', name_en: 'Yuyao City' }),
    );
  });

  it('simplifies each zoom for that zoom: Yuyao holds fewer points at zoom 5 than at zoom 9', () => {
    const yuyao = cutTiles(features, {
      areas: [{ box: [120.9, 29.6, 121.4, 30.4], maxZoom: 9 }],
      maxZoom: 9,
    });
    const points = (z: number) => {
      let n = 0;
      for (const [key, bytes] of yuyao) {
        if (!key.startsWith(`${z}/`)) continue;
        const ground = decode(bytes).layers.ground!;
        for (let i = 0; i < ground.length; i++)
          if (ground.feature(i).properties.adcode === '330281')
            n += ground.feature(i).loadGeometry().flat().length;
      }
      return n;
    };
    expect(points(5)).toBeGreaterThan(0);
    expect(points(5)).toBeLessThan(points(9) / 2);
  });

  it('leaves a feature out of the zooms below its own, and the marker out of the tile', () => {
    const point = (zoom: number) => ({
      type: 'Feature' as const,
      geometry: { type: 'Point' as const, coordinates: [121.3, 29.9] },
      properties: { name_zh: '测试', [MIN_ZOOM_PROP]: zoom },
    });
    const cut = cutTiles(
      { ground: [], lines: [], district_labels: [point(8)], city_label: [] },
      { areas: [{ box: [121.3, 29.9, 121.3, 29.9], maxZoom: 9 }], maxZoom: 9 },
    );
    const at = (z: number) => {
      const [key] = [...cut.keys()].filter((k) => k.startsWith(`${z}/`));
      return decode(cut.get(key!)!).layers.district_labels;
    };
    expect(at(7)).toBeUndefined();
    expect(at(8)!.feature(0).properties).toEqual({ name_zh: '测试' });
  });

  it('puts features in the order of their rank, which MapLibre draws them in, and leaves the rank out', () => {
    // Two regions' grounds merged: the second's land (rank 1) came after the first's districts (rank 3).
    const square = (kind: string, rank: number) => ({
      type: 'Feature' as const,
      geometry: {
        type: 'Polygon' as const,
        coordinates: [
          [
            [121.2, 29.8],
            [121.4, 29.8],
            [121.4, 30],
            [121.2, 29.8],
          ],
        ],
      },
      properties: { kind, rank },
    });
    const cut = cutTiles(
      {
        ground: [square('district', 3), square('land', 1), square('sea', 0)],
        lines: [],
        district_labels: [],
        city_label: [],
      },
      { areas: [{ box: [121.3, 29.9, 121.3, 29.9], maxZoom: 6 }], maxZoom: 6 },
    );
    const [key] = [...cut.keys()].filter((k) => k.startsWith('6/'));
    const ground = decode(cut.get(key!)!).layers.ground!;
    const drawn = Array.from({ length: ground.length }, (_, i) => ground.feature(i).properties);
    expect(drawn).toEqual([{ kind: 'sea' }, { kind: 'land' }, { kind: 'district' }]);
  });
});

describe('englishName', () => {
  it("reproduces the project's own Ningbo names from the data's pinyin", () => {
    expect(englishName('330203', '海曙区', 'Hăishŭ Qū')).toBe('Haishu District');
    expect(englishName('330281', '余姚市', 'Yúyáo Shì')).toBe('Yuyao City');
    expect(englishName('330225', '象山县', 'Xiàngshān Xiàn')).toBe('Xiangshan County');
    expect(englishName('330212', '鄞州区', 'Yínzhōu Qū [incl. Jiāngdōng Qū]')).toBe('Yinzhou District');
  });

  it('translates the kinds of division, and keeps words it cannot translate as they are', () => {
    expect(englishName('621026', '宁县', 'Níng Xiàn')).toBe('Ning County');
    expect(englishName('622927', '积石山保安族东乡族撒拉族自治县', 'Jīshíshān Zìzhìxiàn')).toBe(
      'Jishishan Autonomous County',
    );
    expect(englishName('150121', '土默特左旗', 'Tŭmòtè Zuŏqí')).toBe('Tumote Zuoqi');
  });

  it('transliterates a name the data gives no pinyin, and leaves Hong Kong, Macau and Taiwan to Chinese', () => {
    expect(englishName('659006', '铁门关市', null)).toBe('Tiemenguan City');
    expect(englishName('330383', '龙港市', null)).toBe('Longgang City');
    expect(englishName('820101', '澳门市', null)).toBeNull();
    expect(englishName('710000', '台北市', 'Táibĕi Shì')).toBeNull();
  });
});

describe('tileBudgetProblem', () => {
  const file = 'stories/ningbo-town-race/story.yaml';
  const text = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');

  it('passes the Ningbo story, well within the budget', () => {
    expect(tileBudgetProblem(file, text, story)).toBeNull();
    expect(tilesForAreas(tileAreas(story)).length).toBeLessThan(TILE_BUDGET / 4);
  });

  it("refuses a story over the budget at the line of the chapter's view that asks for the most", () => {
    const problem = tileBudgetProblem(file, text, story, 100)!;
    expect(problem.message).toMatch(/needs [\d,]+ tiles, over the budget of 100 a story/);
    const line = text.split('\n')[problem.line - 1]!;
    expect(line).toMatch(/^\s*view:/);
  });
});
