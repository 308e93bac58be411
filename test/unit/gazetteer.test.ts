import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import { gazetteerFromGeoJSON, precisionMetres } from '../../src/geo/gazetteer';

const sourcePath = fileURLToPath(new URL('../../geodata/sources/places_points.geojson', import.meta.url));
const source = JSON.parse(readFileSync(sourcePath, 'utf8')) as FeatureCollection<Point>;
const gazetteer = gazetteerFromGeoJSON(source);

function withProps(id: string, patch: Record<string, unknown>): FeatureCollection<Point> {
  const f = source.features.find((x) => x.properties?.id === id) as Feature<Point>;
  return { type: 'FeatureCollection', features: [{ ...f, properties: { ...f.properties, ...patch } }] };
}

describe('gazetteerFromGeoJSON', () => {
  it('keeps every source record, keyed and ordered by id', () => {
    const ids = source.features.map((f) => f.properties?.id as string);
    expect(ids).toHaveLength(10);
    expect(Object.keys(gazetteer)).toEqual([...ids].sort());
    for (const [key, p] of Object.entries(gazetteer)) expect(p.id).toBe(key);
  });

  it.each(source.features.map((f) => [f.properties?.id as string, f] as const))(
    '%s: coordinates, crs, sources and labels come through unaltered',
    (id, f) => {
      const p = gazetteer[id]!;
      const props = f.properties as Record<string, unknown>;
      expect(p.lon).toBe(f.geometry.coordinates[0]);
      expect(p.lat).toBe(f.geometry.coordinates[1]);
      expect(Number.isFinite(p.lon) && Number.isFinite(p.lat)).toBe(true);
      expect(p.lon).toBeGreaterThanOrEqual(120.3);
      expect(p.lon).toBeLessThanOrEqual(122.6);
      expect(p.lat).toBeGreaterThanOrEqual(28.9);
      expect(p.lat).toBeLessThanOrEqual(30.8);
      expect(p.crs).toBe('WGS84');
      expect(p.crs_note).toBe(props.crs);
      expect(p.source.trim()).not.toBe('');
      expect(p.source).toBe(props.source);
      expect(p.licence).toBe(props.licence);
      expect(p.group).toBe(props.group);
      expect(p.label_original).toEqual({ zh: props.name_zh, en: props.name_en });
      expect(p.precision_note).toBe(props.precision);
      expect(Number.isInteger(p.precision_m) && p.precision_m >= 500).toBe(true);
      const said = [props.precision, props.name_zh, props.name_en].map(String).join(' ');
      expect(p.approximate).toBe(/approximate|proxy|代用点|近似/i.test(said));
      expect(p.name.zh).not.toMatch(/[()（）]/);
      expect(p.name.en).not.toMatch(/ – | \(/);
      if (typeof props.check_lon === 'number') {
        expect(p.check).toEqual({
          source: props.check_source,
          lon: props.check_lon,
          lat: props.check_lat,
          km: props.check_km,
        });
      } else {
        expect(p.check).toBeUndefined();
      }
    },
  );

  it('derives precision_m from the stated figure, else from the check distance', () => {
    expect(gazetteer.shangtian!.precision_m).toBe(5000); // "about +/-5 km"
    expect(gazetteer.shangtian!.approximate).toBe(true);
    expect(gazetteer.shangtian!.status).toBe('UNSOURCED');
    expect(gazetteer.shangtian!.check).toBeUndefined();
    expect(gazetteer.zhuangshi!.precision_m).toBe(1000); // "±1 km"
    // A school stands in for the subdistrict: approximate, however well the school itself is located.
    expect(gazetteer.zhuangshi!.approximate).toBe(true);
    expect(gazetteer['zhongguan-corridor']!.approximate).toBe(true);
    expect(gazetteer.ningbo!.approximate).toBe(false);
    expect(gazetteer.simen!.precision_m).toBe(500); // "~0.5 km", although check_km is 2.56
    expect(gazetteer['tongxin-lake-area']!.approximate).toBe(true);
    expect(gazetteer.ningbo!.precision_m).toBe(500); // no figure; check_km 0.21 -> 500
    expect(gazetteer['fenghua-seat']!.precision_m).toBe(1000); // no figure; check_km 0.51 -> 1000
    // "lies 2.7 km NW" describes another source, not an uncertainty
    expect(gazetteer['zhenhai-seat']!.precision_m).toBe(500);
  });

  it('parses the supported precision notations', () => {
    expect(precisionMetres('x', '±1 km', null)).toBe(1000);
    expect(precisionMetres('x', 'PROXY (+/-5 km)', null)).toBe(5000);
    expect(precisionMetres('x', 'about ~0.5 km', null)).toBe(500);
    expect(precisionMetres('x', 'about 300 m', null)).toBe(300);
    expect(precisionMetres('x', 'PROXY (±0.5–1 km)', null)).toBe(1000);
    expect(precisionMetres('x', 'no figure', 1.0)).toBe(1000);
    expect(precisionMetres('x', 'no figure', 1.01)).toBe(1500);
  });

  it('builds display names without qualifiers', () => {
    expect(gazetteer.zhuangshi!.name).toEqual({ zh: '庄市街道', en: 'Zhuangshi Subdistrict' });
    expect(gazetteer.ningbo!.name).toEqual({ zh: '宁波市', en: 'Ningbo' });
    expect(gazetteer.simen!.name).toEqual({ zh: '泗门镇', en: 'Simen Town' });
    expect(gazetteer.shangtian!.name).toEqual({ zh: '尚田街道', en: 'Shangtian Subdistrict' });
    expect(gazetteer['zhongguan-corridor']!.name.zh).toBe('新材料小镇');
  });

  it('rejects a non-WGS84 crs, naming the place and the crs', () => {
    expect(() => gazetteerFromGeoJSON(withProps('simen', { crs: 'GCJ-02' }))).toThrow(/"simen".*GCJ-02/);
  });

  it('rejects a place whose precision cannot be determined', () => {
    const fc = withProps('zhongguan-corridor', { precision: 'PROXY, size unknown' });
    expect(() => gazetteerFromGeoJSON(fc)).toThrow(/"zhongguan-corridor"/);
  });

  it('rejects duplicate ids', () => {
    const fc = withProps('nbu', {});
    fc.features.push(fc.features[0]!);
    expect(() => gazetteerFromGeoJSON(fc)).toThrow(/"nbu": duplicate/);
  });
});
