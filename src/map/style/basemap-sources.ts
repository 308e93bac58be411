// The basemap's sources: our own geodata and the story's places, no tile server.
import type { GeoJSONSourceSpecification, SourceSpecification } from 'maplibre-gl';
import type { BasemapLayers } from '../../geo/topology';
import type { ResolvedStory } from '../../story/types';
import { CITY_LABEL, DISTRICT_LABELS } from './label-layers';
import { LAYER, PROP, SOURCE, type SourceId } from './layer-ids';
import { markerPoints } from './marker-blockers';

// Tiles stop at zoom 10: the outlines' vertices are 0.5–3 km apart, so deeper tiles would add no detail, only
// tiling work in the worker on every flight into a town (zoom 10 tiles keep ~10 m precision when overzoomed).
const SOURCE_MAXZOOM = 10;
const source = (data: GeoJSON.FeatureCollection): GeoJSONSourceSpecification => ({
  type: 'geojson',
  data,
  maxzoom: SOURCE_MAXZOOM,
});

/**
 * Our layers' features marked with the MapLibre layer that draws them and their kind within it, so that one
 * MapLibre layer can draw several of ours from one source.
 */
function drawnBy(
  layer: string,
  ...parts: [kind: string, data: GeoJSON.FeatureCollection][]
): GeoJSON.Feature[] {
  return parts.flatMap(([kind, data], rank) =>
    data.features.map((f) => ({
      ...f,
      properties: { ...f.properties, [PROP.layer]: layer, [PROP.kind]: kind, [PROP.rank]: rank },
    })),
  );
}

export function basemapSources(
  layers: BasemapLayers,
  story: ResolvedStory,
): Record<SourceId, SourceSpecification> {
  // The worker takes sources in this order. Labels go first: their tiles wait on the page for glyphs, which it
  // draws between frames, so they ask while the page is still idle and the polygons are tiled meanwhile
  // (map ready about 5% sooner, measured).
  return {
    [SOURCE.markers]: source(markerPoints(story)),
    // Keyed for the feature state that hides a label the view would cut.
    [SOURCE.cityLabel]: { ...source(layers.cityLabel), promoteId: CITY_LABEL.key },
    [SOURCE.districtLabels]: { ...source(layers.districtLabels), promoteId: DISTRICT_LABELS.key },
    [SOURCE.basemap]: {
      ...source({
        type: 'FeatureCollection',
        features: [
          ...drawnBy(
            LAYER.ground,
            ['land', layers.land],
            ['county', layers.counties],
            ['district', layers.districts],
          ),
          // The coast runs over the counties' seaward edges (the same line, drawn once in its own colour) and
          // under the city's outline, which keeps Ningbo's shape whole where its edge is the coast.
          ...drawnBy(
            LAYER.lines,
            ['county', layers.counties],
            ['coast', layers.coastline],
            ['river', layers.rivers],
            ['outline', layers.outline],
          ),
        ],
      }),
      // Districts are known by their adcode, which keys the highlight's feature state.
      promoteId: PROP.adcode,
    },
    [SOURCE.areas]: source(story.areas),
  };
}
