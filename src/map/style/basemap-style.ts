// The basemap as a MapLibre style built from our own layers alone: no tile server, no glyph server. Leaving
// `glyphs` out makes MapLibre (>= 5.11) draw labels with the local fonts named in text-font.
import type { StyleSpecification } from 'maplibre-gl';
import type { ResolvedStory } from '../../story/types';
import { BASEMAP_LAYERS } from './basemap-layers';
import { basemapSources } from './basemap-sources';
import { authorStyle } from './author-layers';
import { LAYER } from './layer-ids';

/** The basemap and the story's own layers, in drawing order, as no chapter in particular shows them. */
/** `tiles`: the basemap tiles' absolute URL template (tilesTemplate in src/geo/tiles.ts). */
export function basemapStyle(story: ResolvedStory, tiles: string): StyleSpecification {
  const own = authorStyle(story);
  // The story's own layers above the ground and the uncertainty areas, below every label.
  const labels = BASEMAP_LAYERS.findIndex((l) => l.id === LAYER.districtLabels);
  const [beneath, above] = [BASEMAP_LAYERS.slice(0, labels), BASEMAP_LAYERS.slice(labels)];
  return {
    version: 8,
    // No paint property of ours transitions (a line drawn with the scroll follows it, frame by frame). With MapLibre's default 300 ms transition the new style counts
    // as transitioning for its first 300 ms, and MapLibre redraws on every frame of them while still loading.
    transition: { duration: 0, delay: 0 },
    sources: { ...basemapSources(story, tiles), ...own.sources },
    layers: [...beneath, ...own.layers, ...above],
  };
}
