// Which tiles a story needs: at each zoom, the ground its chapters' cameras show at about that zoom, and all zooms
// around its places. A reader who zooms far in from a chapter's view sees the tiles of a shallower zoom, stretched.
import { TILE_MAX_ZOOM } from '../../src/geo/tiles';
import { seenBoxes, type LonLatBox } from '../../src/map/view/story-region';
import type { ResolvedStory } from '../../src/story/types';

export interface TileArea {
  box: LonLatBox;
  /** The deepest zoom whose tiles this box needs. */
  maxZoom: number;
}

type Story = Pick<ResolvedStory, 'places' | 'chapters'>;

/** How many zooms past a chapter's own its tiles are cut: the zoom control's steps a reader may take from it. */
const ZOOMS_PAST_VIEW = 2;
/** Around each place, at every zoom: the reach of a county, where a reader looks closer at a story's place. */
const PLACE_REACH_DEG = 0.5;
/** Views at a shallower zoom show the country: its counties there would be too small to see. */
const DATA_MIN_VIEW_ZOOM = 4;

export function placesBox(story: Pick<ResolvedStory, 'places'>): LonLatBox {
  const ps = Object.values(story.places);
  return [
    Math.min(...ps.map((p) => p.lon)) - PLACE_REACH_DEG,
    Math.min(...ps.map((p) => p.lat)) - PLACE_REACH_DEG,
    Math.max(...ps.map((p) => p.lon)) + PLACE_REACH_DEG,
    Math.max(...ps.map((p) => p.lat)) + PLACE_REACH_DEG,
  ];
}

export function tileAreas(story: Story): TileArea[] {
  const views = seenBoxes(story).map(({ box, zoom }) => ({
    box,
    maxZoom: Math.min(TILE_MAX_ZOOM, Math.max(0, Math.floor(zoom) + ZOOMS_PAST_VIEW)),
  }));
  const around = Object.values(story.places).map(({ lon, lat }) => ({
    box: [
      lon - PLACE_REACH_DEG,
      lat - PLACE_REACH_DEG,
      lon + PLACE_REACH_DEG,
      lat + PLACE_REACH_DEG,
    ] as LonLatBox,
    maxZoom: TILE_MAX_ZOOM,
  }));
  return [...views, ...around];
}

/** The box the story's basemap data is selected in: what its views show from a country's zoom in, its places. */
export function dataBox(story: Story): LonLatBox {
  const boxes = [
    placesBox(story),
    ...seenBoxes(story)
      .filter((v) => v.zoom >= DATA_MIN_VIEW_ZOOM)
      .map((v) => v.box),
  ];
  return [
    Math.min(...boxes.map((b) => b[0])),
    Math.min(...boxes.map((b) => b[1])),
    Math.max(...boxes.map((b) => b[2])),
    Math.max(...boxes.map((b) => b[3])),
  ];
}
