// The story's own layers through the checker and the resolver: a good layer file is carried into the story
// unchanged, and each kind of broken one is refused at its own file's line and column.
import { readFileSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCoverage } from '../../scripts/stories/load-stories';
import { describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/geo/gazetteer';
import { checkStory } from '../../src/check/check';
import type { LayerRead } from '../../src/check/check-layers';
import { layerMaxZoom } from '../../src/check/layer-zoom';
import { MAX_LAYER_BYTES } from '../../src/story/limits';
import { formatProblem } from '../../src/check/problem';
import { problemsOfChangedCopy } from './zhoushan-copy';
import { resolveStory } from '../../src/check/resolve';

const gazetteer = JSON.parse(readFileSync('geodata/gazetteer.json', 'utf8')) as Gazetteer;
const coverage = loadCoverage();
const DIR = 'stories/zhoushan-islands';
const STORY = readFileSync(`${DIR}/story.yaml`, 'utf8');
const LAYER = readFileSync(`${DIR}/dinghai-putuo.geojson`, 'utf8');
const LAYER_FILE = `${DIR}/dinghai-putuo.geojson`;

function check(story = STORY, files: Record<string, string> = { 'dinghai-putuo.geojson': LAYER }) {
  const readLayer = (name: string): LayerRead =>
    Object.hasOwn(files, name)
      ? { ok: true, file: `${DIR}/${name}`, text: files[name]! }
      : { ok: false, message: `${name} is missing` };
  // The story's picture as it is on disk: these tests are about its layer.
  const readMedia = (name: string) => ({ ok: true as const, bytes: readFileSync(`${DIR}/${name}`) });
  return checkStory({ file: `${DIR}/story.yaml`, text: story, gazetteer, coverage, readLayer, readMedia });
}

/** `file:line:col` of the first occurrence of `snippet` in `text` (plus `shift` characters). */
function at(file: string, text: string, snippet: string, shift = 0): string {
  const offset = text.indexOf(snippet);
  expect(offset, `"${snippet}" is in the text`).toBeGreaterThanOrEqual(0);
  const before = text.slice(0, offset + shift).split('\n');
  return `${file}:${before.length}:${before.at(-1)!.length + 1}`;
}

function problems(story?: string, layer?: string): string[] {
  return check(story, layer === undefined ? undefined : { 'dinghai-putuo.geojson': layer }).problems.map(
    formatProblem,
  );
}

const LINE_AT = (text: string, snippet: string) => at(LAYER_FILE, text, snippet);

describe('a story with its own layer', () => {
  it('checks, and resolves with the geometry unchanged and the chapter limited by its precision', () => {
    const r = check();
    expect(r.problems.map(formatProblem)).toEqual([]);
    if (!r.ok) throw new Error('not ok');
    const story = resolveStory('zhoushan-islands', r.story, gazetteer, r.layers, undefined, r.media);
    const layer = story.layers!['dinghai-putuo']!;
    expect(layer.data).toEqual({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: {},
          geometry: {
            type: 'LineString',
            coordinates: (JSON.parse(LAYER) as GeoJSON.FeatureCollection<GeoJSON.LineString>).features[0]!
              .geometry.coordinates,
          },
        },
      ],
    });
    expect(layer).toMatchObject({
      kinds: ['line'],
      precision_m: 10000,
      crs: 'WGS84',
      color: '#2f6f73',
      bytes: 419,
    });
    const strait = story.chapters.find((c) => c.id === 'islands-strait')!;
    expect(strait.layers).toEqual(['dinghai-putuo']);
    expect(strait.maxZoom).toBe(9.26);
    // Chapters without layers resolve as they did before layers existed.
    expect('layers' in story.chapters[0]!).toBe(false);
    expect('maxZoom' in story.chapters[0]!).toBe(false);
  });

  it('derives the zoom limit from precision on the basemap’s own scale (3 km at zoom 11), never past the basemap’s', () => {
    expect(layerMaxZoom(3000)).toBe(11);
    expect(layerMaxZoom(10000)).toBe(9.26);
    // Never closer than the basemap drawn around the layer holds to.
    expect(layerMaxZoom(300)).toBe(11);
    expect(layerMaxZoom(1)).toBe(11);
  });

  it('reports a layer file that is not JSON at its line and column', () => {
    const bad = LAYER.replace('[122.245, 29.8739]', '[122.245, 29.8739],');
    const [p, ...rest] = problems(undefined, bad);
    expect(rest).toEqual([]);
    // The list closes where a value was expected after the comma.
    expect(p).toBe(
      `${at(LAYER_FILE, bad, '],\n        ]', 11)}: not valid JSON: expected a value (an object, list, string, number, true, false or null), found "]"`,
    );
  });

  it('reports a swapped coordinate at the position', () => {
    const bad = LAYER.replace('[122.245, 29.8739]', '[29.8739, 122.245]');
    expect(problems(undefined, bad)).toEqual([
      `${LINE_AT(bad, '[29.8739')}: features[0].geometry.coordinates[1]: lon and lat look swapped (29.8739, 122.245)\n    hint: GeoJSON writes [lon, lat]: east–west first`,
    ]);
  });

  it('reports a coordinate where the basemap has no data, and projected metres with a hint', () => {
    const bad = LAYER.replace('[122.0402, 30.0597]', '[13585000, 3512000]');
    const [p] = problems(undefined, bad);
    expect(p).toBe(
      `${LINE_AT(bad, '[13585000')}: features[0].geometry.coordinates[0]: expected a position in China (its county-level divisions), within 22 km of its coast or 2 km of its land borders, or elsewhere on land in a country's outline or within 22 km of its coast, found (13585000, 3512000), where the basemap has no data\n    hint: these look like projected metres, not degrees: convert the file to WGS84 (EPSG:4326)`,
    );
  });

  it('reports a position in the sea far off the coast at its line, and takes one in Gansu', () => {
    const bad = LAYER.replace('[122.0402, 30.0597]', '[126.5, 30.0597]');
    expect(problems(undefined, bad)).toEqual([
      `${LINE_AT(bad, '[126.5')}: features[0].geometry.coordinates[0]: expected a position in China (its county-level divisions), within 22 km of its coast or 2 km of its land borders, or elsewhere on land in a country's outline or within 22 km of its coast, found (126.5, 30.0597), where the basemap has no data`,
    ]);
    const far = LAYER.replace('[122.0402, 30.0597]', '[94.662, 40.142]');
    expect(problems(undefined, far).filter((p) => !p.includes('warning'))).toEqual([]);
  });

  it('refuses a file whose crs is not WGS84, at its crs member', () => {
    const bad = LAYER.replace(
      '"type": "FeatureCollection",',
      '"type": "FeatureCollection",\n  "crs": { "type": "name", "properties": { "name": "EPSG:3857" } },',
    );
    const [p] = problems(undefined, bad);
    expect(p).toMatch(
      new RegExp(
        `^${LINE_AT(bad, '{ "type": "name"')}: crs: the map takes WGS84 longitude/latitude only, found "EPSG:3857"`,
      ),
    );
  });

  it('refuses a layer declared in another crs, at its declaration', () => {
    const bad = STORY.replace('crs: WGS84', 'crs: EPSG:3857');
    expect(problems(bad)[0]).toBe(
      `${at(`${DIR}/story.yaml`, bad, 'EPSG:3857')}: layers.dinghai-putuo.crs: expected one of "WGS84", found string "EPSG:3857"`,
    );
  });

  it('refuses a polygon that crosses itself, at its coordinates', () => {
    const bowtie = JSON.stringify(
      {
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: {},
            geometry: {
              type: 'Polygon',
              coordinates: [
                [
                  [122, 30],
                  [122.1, 30.1],
                  [122.1, 30],
                  [122, 30.1],
                  [122, 30],
                ],
              ],
            },
          },
        ],
      },
      null,
      1,
    );
    const [p, ...rest] = problems(undefined, bowtie);
    expect(rest).toEqual([]);
    expect(p).toMatch(
      new RegExp(
        `^${at(LAYER_FILE, bowtie, '"coordinates": [', 15).replace(/[.]/g, '\\.')}: features\\[0\\]\\.geometry: the polygon crosses itself near \\(122\\.05000, 30\\.05000\\)`,
      ),
    );
  });

  it('refuses what is not a FeatureCollection of points, lines and areas', () => {
    expect(problems(undefined, '{"type": "LineString", "coordinates": []}')[0]).toMatch(
      /:1:1: expected a GeoJSON FeatureCollection with a "features" list, found type "LineString"/,
    );
    const collection = LAYER.replace('"type": "LineString"', '"type": "GeometryCollection"');
    expect(problems(undefined, collection)[0]).toMatch(
      new RegExp(
        `^${at(LAYER_FILE, collection, '"GeometryCollection"')}: features\\[0\\]\\.geometry\\.type: expected Point, MultiPoint, LineString, MultiLineString, Polygon or MultiPolygon, found "GeometryCollection"`,
      ),
    );
    const open = LAYER.replace('"type": "LineString"', '"type": "Polygon"');
    expect(problems(undefined, open).join('\n')).toMatch(
      /:12:11: features\[0\]\.geometry\.coordinates\[0\]: a polygon ring needs at least 4 positions \(the first repeated last\), found 2/,
    );
  });

  it('refuses layer files over the budget, at the declaration', () => {
    const big = LAYER.replace('"note": "', `"note": "${'x'.repeat(MAX_LAYER_BYTES)}`);
    expect(problems(undefined, big)[0]).toMatch(
      new RegExp(
        `^${at(`${DIR}/story.yaml`, STORY, 'dinghai-putuo.geojson')}: layers\\.dinghai-putuo\\.file: the story's layer files come to 80\\.4 KB with this one, over the 80 KB budget`,
      ),
    );
  });

  it('reports a missing file at the declaration', () => {
    expect(check(STORY, {}).problems.map(formatProblem)[0]).toBe(
      `${at(`${DIR}/story.yaml`, STORY, 'dinghai-putuo.geojson')}: layers.dinghai-putuo.file: dinghai-putuo.geojson is missing`,
    );
  });

  it('reports a chapter’s unknown layer id with the nearest declared one', () => {
    const bad = STORY.replace('layers: [dinghai-putuo]', 'layers: [dinghai-puto]');
    const found = problems(bad);
    expect(found).toContain(
      `${at(`${DIR}/story.yaml`, bad, 'dinghai-puto]')}: unknown layer "dinghai-puto"\n    hint: did you mean "dinghai-putuo"?`,
    );
    // The declared layer is now shown nowhere: a warning, at its key.
    expect(
      found.some((p) => p.includes('warning: layer "dinghai-putuo" is declared but no chapter shows it')),
    ).toBe(true);
  });

  it('holds a chapter that shows a coarse layer to its zoom limit', () => {
    const bad = STORY.replace(
      'view: {center: [121.95, 29.95], zoom: 9,',
      'view: {center: [121.95, 29.95], zoom: 10,',
    );
    expect(problems(bad)).toEqual([
      `${at(`${DIR}/story.yaml`, bad, '10,')}: view.zoom 10 is closer than layer "dinghai-putuo" (precision 10,000 m) can honestly be shown (zoom 9.26)\n    hint: zoom: 9.26 or less, or a layer of finer precision (README, "The story's own layers")`,
    ]);
  });

  it('does not let a fine layer take a chapter closer than the basemap drawn around it holds to', () => {
    const fine = STORY.replace('precision_m: 10000\nchapters', 'precision_m: 100\nchapters').replace(
      'view: {center: [121.95, 29.95], zoom: 9,',
      'view: {center: [121.95, 29.95], zoom: 12,',
    );
    expect(fine).toContain('zoom: 12,');
    expect(problems(fine)).toEqual([
      expect.stringMatching(
        /story\.yaml:\d+:\d+: view\.zoom 12 is closer than the basemap holds to \(zoom 11\)/,
      ),
    ]);
  });
});

describe('layer files read from a story folder', () => {
  it('reports a broken file at its own path, line and column', () => {
    const bad = LAYER.replace('[122.245, 29.8739]', '[122.245 29.8739]');
    const found = problemsOfChangedCopy((dir) => writeFileSync(join(dir, 'dinghai-putuo.geojson'), bad));
    expect(found).toEqual([
      `${at(LAYER_FILE, bad, '29.8739]')}: not valid JSON: expected ',' or ']', found "29.8739]"`,
    ]);
  });

  it('refuses a layer file that links out of the story folder, unread, at its declaration', () => {
    const found = problemsOfChangedCopy((dir) => {
      unlinkSync(join(dir, 'dinghai-putuo.geojson'));
      symlinkSync('/etc/hostname', join(dir, 'dinghai-putuo.geojson'));
    });
    expect(found).toEqual([
      `${at(`${DIR}/story.yaml`, STORY, 'dinghai-putuo.geojson')}: layers.dinghai-putuo.file: dinghai-putuo.geojson is a link to a file outside its story folder\n    hint: copy the file in`,
    ]);
  });
});
