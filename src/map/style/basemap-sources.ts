// The basemap's sources: our own vector tiles, cut at build time (scripts/tiles/), and the story's places. No tile
// server: the tiles are static files of the story's own site.
import type { GeoJSONSourceSpecification, SourceSpecification } from 'maplibre-gl';
import { TILE_LAYER, TILE_MAX_ZOOM } from '../../geo/tiles';
import type { ResolvedStory } from '../../story/types';
import { CITY_LABEL, DISTRICT_LABELS } from './label-layers';
import { PROP, SOURCE, type SourceId } from './layer-ids';
import { markerPoints } from './marker-blockers';

const source = (data: GeoJSON.FeatureCollection): GeoJSONSourceSpecification => ({
  type: 'geojson',
  data,
  // The places are points and small areas: deeper tiles would add tiling work in the worker, no detail.
  maxzoom: TILE_MAX_ZOOM,
});

/** `tiles`: the tiles' absolute URL template (tilesTemplate in src/geo/tiles.ts). */
export function basemapSources(story: ResolvedStory, tiles: string): Record<SourceId, SourceSpecification> {
  return {
    [SOURCE.markers]: source(markerPoints(story)),
    [SOURCE.basemap]: {
      type: 'vector',
      tiles: [tiles],
      // Past the deepest tiles MapLibre stretches them: the data holds no more detail there.
      maxzoom: TILE_MAX_ZOOM,
      // Districts are known by their adcode, which keys the highlight's feature state; a label by what fit-labels
      // hides it by.
      promoteId: {
        [TILE_LAYER.ground]: PROP.adcode,
        [TILE_LAYER.districtLabels]: DISTRICT_LABELS.key,
        [TILE_LAYER.cityLabel]: CITY_LABEL.key,
      },
    },
    [SOURCE.areas]: source(story.areas),
  };
}
