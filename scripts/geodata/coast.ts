// One coastline for the sea, the land and every county, so that no edge of one shows beside the edge of another.
//
// The counties (mapchina, from OSM) and the sea (OSM's coastline as of the package) disagree by tens to hundreds
// of metres, and the counties hold newer reclaimed land (the Cixi and Yuyao polders on Hangzhou Bay, over
// 100 km²) that the sea still covers. So a county is land wherever it says so: the water is the sea less the
// counties, and the land the box less the water. Land that no county holds, between a county's coarse edge and
// the coast, is given to the county it borders longest, so that every county reaches the water; islands that
// touch no county stay plain land.
import { bboxPolygon, difference, featureCollection, flatten, union } from '@turf/turf';
import type { Feature, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { mergeTouching } from './merge';
import { borderOwner } from './neighbour';
import { tidy } from './tidy';
import type { Box } from './sea';

type Area = Feature<Polygon | MultiPolygon>;

export interface Coast {
  /** The box less the water: what the ground is drawn on. */
  land: Feature<Polygon | MultiPolygon>;
  /** The water's edge inside the box (not the box's own edges, where the data merely stops). */
  coastline: Feature<MultiLineString>;
  /** The units given, in their order, each grown over the land it was given. */
  units: Area[];
  /** The pieces of land each unit was given, by index. */
  given: Area[][];
}

function rings(g: Polygon | MultiPolygon): Position[][] {
  return g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
}

/** The lines of `water`'s edge that are shore, splitting its rings where they run along the box. */
function shoreOf(water: Polygon | MultiPolygon, [w, s, e, n]: Box): Position[][] {
  const on = (v: number, edge: number) => Math.abs(v - edge) < 1e-9;
  const alongBox = ([ax, ay]: Position, [bx, by]: Position) =>
    (on(ax!, w) && on(bx!, w)) ||
    (on(ax!, e) && on(bx!, e)) ||
    (on(ay!, s) && on(by!, s)) ||
    (on(ay!, n) && on(by!, n));
  return rings(water).flatMap((ring) => {
    const pts = ring.slice(0, -1);
    const edge = (i: number) => alongBox(pts[i % pts.length]!, pts[(i + 1) % pts.length]!);
    const start = pts.findIndex((_, i) => edge(i));
    // An island's ring never meets the box: all of it is shore.
    if (start < 0) return [ring];
    const lines: Position[][] = [];
    let line: Position[] = [];
    for (let k = 1; k <= pts.length; k++) {
      const i = start + k;
      if (edge(i)) {
        if (line.length > 0) lines.push([...line, pts[i % pts.length]!]);
        line = [];
      } else line.push(pts[i % pts.length]!);
    }
    return lines;
  });
}

/** Fits `units` (polygons that may overlap the sea or stop short of it) and `sea` to one coastline in `box`. */
export function fitToCoast(sea: Area, units: Area[], box: Box): Coast {
  const held = union(featureCollection(units));
  const water = held ? difference(featureCollection([sea, held])) : sea;
  const frame = bboxPolygon(box);
  const land = water ? difference(featureCollection([frame, water])) : frame;
  if (!land || !water) throw new Error('coast: the box is all sea or all land');
  const unheld = held ? difference(featureCollection([land, held])) : land;
  const given: Area[][] = units.map(() => []);
  const owner = borderOwner(units);
  for (const piece of unheld ? flatten(unheld).features : []) {
    const i = owner(piece);
    const kept = tidy(piece);
    if (i >= 0 && kept.geometry.coordinates.length > 0) given[i]!.push(kept);
  }
  const grown = units.map((unit, i) => tidy(mergeTouching(unit, given[i]!)));
  return {
    land: tidy({ type: 'Feature', properties: null, geometry: land.geometry }),
    coastline: {
      type: 'Feature',
      properties: null,
      geometry: { type: 'MultiLineString', coordinates: shoreOf(tidy(water).geometry, box) },
    },
    units: grown,
    given,
  };
}
