// Where the basemap has data, and which: inside China's county outlines, or at sea within reach of its coast; else
// on land in another country's outline, or within reach of its coast. A place elsewhere would sit on a map with
// nothing drawn around it. Each data holds to a zoom of its own (layer-zoom.ts), which is how close a chapter there
// may look.
//
// Only the outline's edges are kept (the arcs one county alone uses: a border two counties share is inside the
// country), and the coast's among them, each filed by the cells of a coarse grid. Whether a point is inside is the
// parity of the outline's edges a ray from it to the east crosses, counted in its own row of cells; whether it is
// near is its distance to the edges in the cells around it. Either reads a few hundred edges, not the country's
// 19,000.
import { mesh } from 'topojson-client';
import type { GeometryObject, Topology } from 'topojson-specification';
import { BASEMAP_DATA, BASEMAP_MAX_ZOOM } from '../geo/region.ts';
import { layerMaxZoom } from './layer-zoom.ts';

/**
 * How far off the coast a place is still on the map: about China's territorial sea, 12 nautical miles (22.2 km). It takes in the
 * small islands the county outlines leave out (Zhoushan's among them), a bridge or a port at sea, and the land the
 * outlines' coarse coast (vertices 1.8 km apart) cuts off. Across a land border the map has no data (but see
 * BORDER_REACH_M). Which edges are coast was decided when the outlines were copied in
 * (scripts/geodata/china-coast.ts).
 */
export const COVERAGE_REACH_M = 22_000;

/**
 * How far across a land border a place is still taken: the outlines' vertices are 1.8 km apart (median), so a
 * border along a river is drawn as chords that can leave a town on its bank, such as Hekou on the Red River,
 * just outside. Beyond that the map has no data to draw.
 */
export const BORDER_REACH_M = 2_000;

/** Grid cells of a quarter degree: an edge of the outline is at most 163 km long, so it spans a few cells. */
const CELL = 0.25;
const M_PER_DEG = 111_195;
/** Past this latitude a degree of longitude is taken as at it: the reach's box stays finite at the poles. */
const MAX_LAT_COS = 89;

/** The data the basemap draws at a place. */
export interface DataAt {
  /** The closest zoom it holds to. */
  readonly maxZoom: number;
  /** Which data, and its detail, in words for an editor: it completes "its data (…)". */
  readonly data: string;
}

export interface Coverage {
  /** What is covered, in words for an editor: it completes "expected a place …". */
  readonly what: string;
  covers(lon: number, lat: number): boolean;
  /** The data at a place, or null where there is none. */
  dataAt(lon: number, lat: number): DataAt | null;
}

interface CoverageOptions {
  /** What it covers, for `Coverage.what`. */
  what: string;
  /** The data it draws. */
  data: DataAt;
  /** Grid cells, in degrees: larger for data whose edges are longer, or that spans the world. */
  cell?: number;
}

/** China's counties: the basemap's own detail (region.ts). */
const CHINA: CoverageOptions = {
  what: `in China (its county-level divisions), within ${COVERAGE_REACH_M / 1000} km of its coast or ${BORDER_REACH_M / 1000} km of its land borders`,
  data: { maxZoom: BASEMAP_MAX_ZOOM, data: BASEMAP_DATA },
};

/**
 * The coarsest detail of the world's country outlines, as BASEMAP_DETAIL_M is the counties' (geodata/PROVENANCE.md,
 * "The world's countries"): what holds a chapter abroad to a shallower zoom than one in China.
 */
const WORLD_DETAIL_M = 20_000;

/** The world's countries outside China (geodata/sources/world/countries.topo.json). */
export const WORLD: CoverageOptions = {
  what: `elsewhere on land in a country's outline or within ${COVERAGE_REACH_M / 1000} km of its coast`,
  data: {
    maxZoom: layerMaxZoom(WORLD_DETAIL_M),
    data: `Natural Earth's 1:50m country outlines, vertices up to ${WORLD_DETAIL_M / 1000} km apart`,
  },
  // A degree: the world's extent in quarter degrees would be a million cells, and its edges are long.
  cell: 1,
};

/**
 * The coverage of the areas in `topology.objects[counties]`, reaching off the lines of `topology.objects[coast]`
 * (geodata/sources/china/counties.topo.json). When `coast` names the areas themselves, every edge of their outline
 * is coast (the world's countries, whose one land border left out is China's, covered by its own data).
 */
export function coverageOf(
  topology: Topology,
  counties: string,
  coast: string,
  { what, data, cell = CELL }: CoverageOptions = CHINA,
): Coverage {
  const object = (name: string) => topology.objects[name] as GeometryObject;
  const outline = mesh(topology, object(counties), (a, b) => a === b).coordinates;
  const shore = coast === counties ? outline : mesh(topology, object(coast)).coordinates;
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of outline.flat() as [number, number][]) {
    [west, east] = [Math.min(west, x), Math.max(east, x)];
    [south, north] = [Math.min(south, y), Math.max(north, y)];
  }
  const reachLat = COVERAGE_REACH_M / M_PER_DEG;
  const reachLon = (lat: number) =>
    reachLat / Math.cos((Math.min(MAX_LAT_COS, Math.abs(lat) + reachLat) * Math.PI) / 180);
  // The grid reaches past the outline by the reach, so a point beyond it is neither inside nor near.
  const farthest = Math.max(Math.abs(south), Math.abs(north));
  [west, east] = [west - reachLon(farthest), east + reachLon(farthest)];
  [south, north] = [south - reachLat, north + reachLat];
  const cols = Math.ceil((east - west) / cell);
  const rows = Math.ceil((north - south) / cell);
  const col = (lon: number) => Math.floor((lon - west) / cell);
  const row = (lat: number) => Math.floor((lat - south) / cell);

  /** The lines' edges as x1, y1, x2, y2 in a row, and the edges each cell of the grid meets. */
  const file = (lines: number[][][]) => {
    const edges: number[] = [];
    const cells: number[][] = Array.from({ length: cols * rows }, () => []);
    for (const line of lines)
      for (let i = 1; i < line.length; i++) {
        const [x1, y1] = line[i - 1] as [number, number];
        const [x2, y2] = line[i] as [number, number];
        const e = edges.push(x1, y1, x2, y2) - 4;
        for (let r = row(Math.min(y1, y2)); r <= row(Math.max(y1, y2)); r++)
          for (let c = col(Math.min(x1, x2)); c <= col(Math.max(x1, x2)); c++) cells[r * cols + c]!.push(e);
      }
    return { edges, cells };
  };
  const border = file(outline);
  const coastline = file(shore);

  const inside = (lon: number, lat: number): boolean => {
    const { edges, cells } = border;
    let crossings = 0;
    const r = row(lat);
    for (let c = col(lon); c < cols; c++) {
      // A crossing is counted in the cell whose span holds it, once however many cells its edge is filed in.
      const [from, to] = [west + c * cell, west + (c + 1) * cell];
      for (const e of cells[r * cols + c]!) {
        const [x1, y1, x2, y2] = [edges[e]!, edges[e + 1]!, edges[e + 2]!, edges[e + 3]!];
        if (y1 > lat === y2 > lat) continue;
        const x = x1 + ((lat - y1) * (x2 - x1)) / (y2 - y1);
        if (x > lon && x >= from && x < to) crossings++;
      }
    }
    return crossings % 2 === 1;
  };

  const near = (
    { edges, cells }: ReturnType<typeof file>,
    reach: number,
    lon: number,
    lat: number,
  ): boolean => {
    const dLat = reach / M_PER_DEG;
    const dLon = dLat / Math.cos((Math.min(MAX_LAT_COS, Math.abs(lat) + dLat) * Math.PI) / 180);
    const kx = Math.cos((lat * Math.PI) / 180) * M_PER_DEG;
    for (let r = Math.max(0, row(lat - dLat)); r <= Math.min(rows - 1, row(lat + dLat)); r++)
      for (let c = Math.max(0, col(lon - dLon)); c <= Math.min(cols - 1, col(lon + dLon)); c++)
        for (const e of cells[r * cols + c]!) {
          // Metres on a plane tangent at the point: within 22 km, off by less than a metre.
          const ax = (edges[e]! - lon) * kx;
          const ay = (edges[e + 1]! - lat) * M_PER_DEG;
          const bx = (edges[e + 2]! - lon) * kx;
          const by = (edges[e + 3]! - lat) * M_PER_DEG;
          if (fromOrigin(ax, ay, bx, by) <= reach) return true;
        }
    return false;
  };

  const covers = (lon: number, lat: number): boolean => {
    if (!(lon >= west && lon < east && lat >= south && lat < north)) return false;
    return (
      inside(lon, lat) ||
      near(coastline, COVERAGE_REACH_M, lon, lat) ||
      near(border, BORDER_REACH_M, lon, lat)
    );
  };
  return { what, covers, dataAt: (lon, lat) => (covers(lon, lat) ? data : null) };
}

/** Several data, the first that covers a place drawing it: the finest first. */
export function layered(...coverages: readonly Coverage[]): Coverage {
  const dataAt = (lon: number, lat: number) => {
    for (const c of coverages) {
      const d = c.dataAt(lon, lat);
      if (d) return d;
    }
    return null;
  };
  return {
    what: coverages.map((c) => c.what).join(', or '),
    covers: (lon, lat) => dataAt(lon, lat) !== null,
    dataAt,
  };
}

/** The distance from (0, 0) to the segment from a to b. */
function fromOrigin(ax: number, ay: number, bx: number, by: number): number {
  const [dx, dy] = [bx - ax, by - ay];
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.min(1, Math.max(0, -(ax * dx + ay * dy) / length2));
  return Math.hypot(ax + t * dx, ay + t * dy);
}
