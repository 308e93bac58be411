// The camera flights both pages make: the story's chapters in order, read from the data the build embedded in the
// page; the baseline flies to the same centres, for as long as the story's own planner would.
import { readFileSync } from 'node:fs';
import { planMove, type CameraTarget } from '../src/map/view/camera';
import type { Camera, ResolvedStory } from '../src/story/types';

export interface Flight {
  chapter: string;
  center: [number, number];
  zoom: number;
  duration: number;
}

/** A fitted view's zoom depends on the story's padding and map size; the baseline takes a fixed regional zoom. */
const FIT_ZOOM = 9;
/** Padding shapes only the move's options, not its duration: the baseline's map has none. */
const NO_PADDING = { top: 0, bottom: 0, left: 0, right: 0 };

function target(camera: Camera): CameraTarget {
  if (camera.kind === 'center') return camera;
  const [w, s, e, n] = camera.bounds;
  return { center: [(w + e) / 2, (s + n) / 2], zoom: FIT_ZOOM, pitch: camera.pitch, bearing: camera.bearing };
}

export function readStory(htmlFile: string): ResolvedStory {
  const html = readFileSync(htmlFile, 'utf8');
  const json = /<script type="application\/json" id="story-data">([\s\S]*?)<\/script>/.exec(html)?.[1];
  if (!json) throw new Error(`${htmlFile}: no #story-data`);
  return JSON.parse(json) as ResolvedStory;
}

/** One flight per chapter; the first is where both maps start, so it has no duration of its own. */
export function storyFlights(story: ResolvedStory): Flight[] {
  let from: CameraTarget | null = null;
  return story.chapters.map((chapter) => {
    const to = target(chapter.camera);
    const move = planMove(from, to, NO_PADDING, false);
    from = to;
    return {
      chapter: chapter.id,
      center: to.center,
      zoom: to.zoom,
      duration: move.method === 'flyTo' ? move.options.duration : 0,
    };
  });
}
