import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { booleanPointInPolygon, coordAll, distance } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { CITY_SEAT } from '../../scripts/geodata/buildBasemap';
import { buildGeodata, OUTPUT_FILES } from '../../scripts/geodata/buildGeodata';
import { GeodataError, readSources, SOURCE_FILES } from '../../scripts/geodata/readSources';
import type { Gazetteer } from '../../src/geo/gazetteer';
import { decodeBasemap } from '../../src/geo/topology';

const root = fileURLToPath(new URL('../..', import.meta.url));
const sources = readSources(join(root, 'geodata/sources'));
const built = buildGeodata(sources);
const topo = JSON.parse(built.basemap) as Topology;
const layers = decodeBasemap(topo);
const gazetteer = JSON.parse(built.gazetteer) as Gazetteer;

// None of the current places is offshore; an island place would be listed here, as the outline omits the sea.
const OFFSHORE = new Set<string>();

describe('geodata build', () => {
  it('is deterministic', () => {
    const again = buildGeodata(readSources(join(root, 'geodata/sources')));
    expect(again.basemap).toBe(built.basemap);
    expect(again.gazetteer).toBe(built.gazetteer);
  });

  it('matches the generated files (run `npm run geodata` after changing sources or build code)', () => {
    expect(readFileSync(join(root, OUTPUT_FILES.basemap), 'utf8')).toBe(built.basemap);
    expect(readFileSync(join(root, OUTPUT_FILES.gazetteer), 'utf8')).toBe(built.gazetteer);
  });

  it('reports a missing or malformed source as a GeodataError naming the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'geodata-'));
    try {
      expect(() => readSources(dir)).toThrow(GeodataError);
      expect(() => readSources(dir)).toThrow('file not found');
      for (const file of Object.values(SOURCE_FILES))
        writeFileSync(join(dir, file), '{"type":"FeatureCollection"');
      expect(() => readSources(dir)).toThrow(/invalid JSON/);
    } finally {
      rmSync(dir, { recursive: true });
    }
  });
});

describe('decodeBasemap', () => {
  it('decodes every layer', () => {
    expect(layers.land.features.length).toBe(sources.land.features.length);
    expect(layers.coastline.features.length).toBe(sources.coastline.features.length);
    expect(layers.outline.features).toHaveLength(1);
    expect(layers.rivers.features).toHaveLength(5);
    for (const r of layers.rivers.features) expect(Object.keys(r.properties)).toEqual(['name_zh', 'name_en']);
    for (const f of [...layers.land.features, ...layers.coastline.features, ...layers.outline.features]) {
      expect(f.properties ?? {}).toEqual({});
    }
  });

  it('names a missing object', () => {
    const { rivers: _dropped, ...objects } = topo.objects;
    expect(() => decodeBasemap({ ...topo, objects })).toThrow('basemap: object "rivers" missing');
  });

  it('has the 10 districts, focus on Zhenhai, Yuyao and Fenghua', () => {
    const d = layers.districts.features;
    expect(d).toHaveLength(10);
    expect(new Set(d.map((f) => f.properties.adcode)).size).toBe(10);
    for (const f of d) expect(Object.keys(f.properties)).toEqual(['adcode', 'name_zh', 'name_en', 'focus']);
    const focus = d.filter((f) => f.properties.focus).map((f) => [f.properties.adcode, f.properties.name_zh]);
    expect(focus.sort()).toEqual([
      ['330211', '镇海区'],
      ['330213', '奉化区'],
      ['330281', '余姚市'],
    ]);
  });

  it('keeps Ningbo out of the context counties', () => {
    const c = layers.counties.features;
    expect(c.length).toBeGreaterThan(20);
    for (const f of c) {
      expect(f.properties.code).not.toMatch(/^3302/);
      expect(Object.keys(f.properties)).toEqual(['code', 'name_zh', 'city_zh']);
    }
  });

  it('puts each district label inside its district', () => {
    const labels = layers.districtLabels.features;
    expect(labels.map((l) => l.properties)).toEqual(layers.districts.features.map((d) => d.properties));
    labels.forEach((label, i) => {
      expect(booleanPointInPolygon(label, layers.districts.features[i]!), label.properties.name_en).toBe(
        true,
      );
    });
  });

  it('names the city once, in both languages, at the seat of its government inside the outline', () => {
    const [city, ...more] = layers.cityLabel.features;
    expect(more).toHaveLength(0);
    expect(city!.properties).toEqual({ name_zh: '宁波市', name_en: 'Ningbo' });
    const seat = gazetteer[CITY_SEAT]!;
    // Within the quantization grid of the topology (about 22 m).
    expect(distance(city!, [seat.lon, seat.lat], { units: 'meters' })).toBeLessThan(20);
    expect(booleanPointInPolygon(city!, layers.outline.features[0]!)).toBe(true);
  });

  it('has every onshore gazetteer place inside the Ningbo outline', () => {
    const outline = layers.outline.features[0] as Feature<Polygon | MultiPolygon>;
    for (const p of Object.values(gazetteer)) {
      if (OFFSHORE.has(p.id)) continue;
      expect(booleanPointInPolygon([p.lon, p.lat], outline), p.id).toBe(true);
    }
  });

  it('keeps district vertices within 50 m of the source', () => {
    sources.districts.features.forEach((src, i) => {
      const decoded = coordAll(layers.districts.features[i]!);
      for (const v of coordAll(src)) {
        const nearest = Math.min(...decoded.map((w) => distance(v, w, { units: 'meters' })));
        expect(nearest).toBeLessThan(50);
      }
    });
  });
});
