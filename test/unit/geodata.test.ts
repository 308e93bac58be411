import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { bbox, booleanPointInPolygon, coordAll, distance } from '@turf/turf';
import type { Feature, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { CITY_SEAT } from '../../scripts/geodata/buildBasemap';
import { BUDGET_GZIP_BYTES, buildGeodata, OUTPUT_FILES } from '../../scripts/geodata/buildGeodata';
import { GeodataError, readSources, SOURCE_FILES } from '../../scripts/geodata/readSources';
import { clipToBox, REGION_BOX, SEA_FILE } from '../../scripts/geodata/sea';
import type { Gazetteer } from '../../src/geo/gazetteer';
import { rings } from '../../scripts/maps/static-map';
import { decodeBasemap } from '../../src/geo/topology';
import { NearLines, samplesAlong, toDegrees, toMetres } from './near-lines';

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
      const sources = join(root, 'geodata/sources');
      expect(() => readSources(sources, join(dir, 'sea.json'))).toThrow('file not found');
      writeFileSync(join(dir, 'sea.json'), '{"type":"FeatureCollection","features":[]}');
      expect(() => readSources(sources, join(dir, 'sea.json'))).toThrow('not a GeoJSON polygon geometry');
    } finally {
      rmSync(dir, { recursive: true });
    }
  });

  it('stays within the gzip budget the build enforces', () => {
    const gzip = Object.values(built).reduce((n, text) => n + gzipSync(text, { level: 9 }).length, 0);
    expect(gzip).toBeLessThan(BUDGET_GZIP_BYTES);
  });
});

describe('decodeBasemap', () => {
  it('decodes every layer', () => {
    expect(layers.land.features).toHaveLength(1);
    expect(layers.coastline.features).toHaveLength(1);
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

  it('never cuts into a district: each vertex of its source lies inside it or within 50 m of its edge', () => {
    sources.districts.features.forEach((src, i) => {
      const fitted = layers.districts.features[i]!;
      const edge = new NearLines(rings(fitted.geometry));
      const cut = coordAll(src).filter(
        (v) => !booleanPointInPolygon(v, fitted) && !edge.near(toMetres(v), 50),
      );
      expect(cut, fitted.properties.name_zh).toEqual([]);
    });
  });
});

describe('one coastline for sea, land, districts and counties', () => {
  const units = [...layers.districts.features, ...layers.counties.features];
  const coastLines = layers.coastline.features.flatMap((f) => rings(f.geometry));
  const coast = new NearLines(coastLines);
  const [w, s, e, n] = REGION_BOX;
  // Within 30 m of the box's edge, where the data stops rather than meets anything.
  const atBoxEdge = (p: [number, number]) => {
    const [lon, lat] = toDegrees(p);
    const [x, y] = toMetres([Math.min(lon - w, e - lon), Math.min(lat - s, n - lat)]);
    return Math.min(x, y) < 30;
  };

  it('takes the sea from the OSM sea polygon (@geo-maps/earth-seas-10m), clipped to the region box', () => {
    expect(SEA_FILE).toMatch(/node_modules\/@geo-maps\/earth-seas-10m\/map\.geo\.json$/);
    const [sw, ss, se, sn] = bbox(sources.sea);
    expect([sw >= w, ss >= s, se <= e, sn <= n]).toEqual([true, true, true, true]);
    // The coast is the OSM sea's edge, except where a county holds (reclaimed) land that the sea still covers:
    // every stretch of it lies on the one or the other, and most of it on the sea's.
    const osm = new NearLines(rings(sources.sea.geometry));
    const admin = new NearLines(
      [...sources.districts.features, ...sources.counties.features].flatMap((f) => rings(f.geometry!)),
    );
    const samples = samplesAlong(coastLines, 100);
    const onOsm = samples.filter((p) => osm.near(p, 25));
    expect(samples.filter((p) => !osm.near(p, 25) && !admin.near(p, 25))).toEqual([]);
    expect(onOsm.length / samples.length).toBeGreaterThan(0.6);
  });

  it("meets Ningbo's outline, within 50 m, wherever the outline faces the sea", () => {
    const counties = new NearLines(layers.counties.features.flatMap((f) => rings(f.geometry)));
    const seaward = samplesAlong(rings(layers.outline.features[0]!.geometry), 100).filter(
      (p) => !counties.near(p, 50),
    );
    // Ningbo's coast and islands: thousands of samples (about 950 km), so that the test has something to fail on.
    expect(seaward.length).toBeGreaterThan(5000);
    expect(seaward.filter((p) => !coast.near(p, 50)).map(toDegrees)).toEqual([]);
  });

  it('leaves no edge of a district or county in the open: each runs along a neighbour, the coast or the box', () => {
    const edges = units.map((u) => new NearLines(rings(u.geometry)));
    units.forEach((unit, i) => {
      const open = samplesAlong(rings(unit.geometry), 200).filter(
        (p) => !atBoxEdge(p) && !coast.near(p, 30) && !edges.some((other, j) => j !== i && other.near(p, 30)),
      );
      expect(open.map(toDegrees), unit.properties.name_zh).toEqual([]);
    });
  });

  it('lets no district or county reach into the sea: every vertex is on land or on the coast', () => {
    const land = layers.land.features[0]!;
    for (const unit of units) {
      const out = coordAll(unit).filter(
        (v) => !booleanPointInPolygon(v, land) && !coast.near(toMetres(v), 30),
      );
      expect(out, unit.properties.name_zh).toEqual([]);
    }
  });

  it('draws no coast along the box, where the data merely stops', () => {
    const along = coastLines.flatMap((line) =>
      line.slice(1).filter((b, k) => {
        const a = line[k]!;
        return [
          [a[0], b[0], w],
          [a[0], b[0], e],
          [a[1], b[1], s],
          [a[1], b[1], n],
        ].some(([p, q, edge]) => Math.abs(p! - edge!) < 1e-6 && Math.abs(q! - edge!) < 1e-6);
      }),
    );
    expect(along).toEqual([]);
  });
});

describe('clipToBox', () => {
  const square = (x0: number, y0: number, size: number): Position[] => [
    [x0, y0],
    [x0 + size, y0],
    [x0 + size, y0 + size],
    [x0, y0 + size],
    [x0, y0],
  ];

  it('cuts each ring to the box, keeping the holes (islands) that meet it and dropping the others', () => {
    const world: Geometry = {
      type: 'GeometryCollection',
      geometries: [
        {
          type: 'MultiPolygon',
          coordinates: [
            // The sea around the box, with an island inside it, one across its edge and one far away.
            [square(-10, -10, 30), square(2, 2, 1), square(9, 4, 2), square(15, 15, 1)],
            // Another sea nowhere near the box.
            [square(50, 50, 5)],
          ],
        },
      ],
    };
    const clipped = clipToBox(world, [0, 0, 10, 10]).geometry.coordinates;
    expect(clipped).toHaveLength(1);
    const [shell, ...holes] = clipped[0]!;
    expect(bbox({ type: 'Polygon', coordinates: [shell!] })).toEqual([0, 0, 10, 10]);
    expect(holes.map((h) => bbox({ type: 'Polygon', coordinates: [h] }))).toEqual([
      [2, 2, 3, 3],
      [9, 4, 10, 6],
    ]);
  });
});
