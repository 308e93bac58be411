// The first story and the built basemap, as the page gets them: what the map's unit tests draw views of.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Topology } from 'topojson-specification';
import { loadGazetteer, loadStory } from '../../scripts/stories/load-stories';
import { decodeBasemap } from '../../src/geo/topology';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The basemap's layers (npm run geodata builds them). */
export const layers = decodeBasemap(
  JSON.parse(readFileSync(join(root, 'geodata/build/basemap.topo.json'), 'utf8')) as Topology,
);

export const story = loadStory(root, join(root, 'stories/ningbo-town-race'), loadGazetteer(root)).stories[0]!;
