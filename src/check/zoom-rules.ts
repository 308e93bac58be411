// How close a chapter's view may look: at most what the data at its place, and its own layers, hold to
// (layer-zoom.ts).
import type { Gazetteer } from '../geo/gazetteer';
import type { Story } from '../story/schema';
import type { ChapterView } from './chapter-views';
import type { Coverage, DataAt } from './coverage';
import { chapterMaxZoom } from './layer-zoom.ts';
import type { Finding } from './problem';

/** Where a place of the story or the gazetteer is, when it is known and well formed. */
export type PlaceAt = (id: string) => [number, number] | undefined;

export function placeAtIn(story: Story, gazetteer: Gazetteer): PlaceAt {
  return (id) => {
    const p =
      story.places && Object.hasOwn(story.places, id)
        ? story.places[id]
        : Object.hasOwn(gazetteer, id)
          ? gazetteer[id]
          : undefined;
    return p && Number.isFinite(p.lon) && Number.isFinite(p.lat) ? [p.lon, p.lat] : undefined;
  };
}

/**
 * A view closer than what the chapter shows can honestly be drawn at: the basemap's data where the camera is, or
 * the chapter's own coarsest layer. A place or centre the map has no data at is reported by storyPlaces, not here.
 */
export function zoomFindings(
  story: Story,
  i: number,
  { view, path: viewPath, label }: ChapterView,
  coverage: Coverage,
  placeAt: PlaceAt,
): Finding[] {
  const ch = story.chapters[i]!;
  const zoom = view.zoom!;
  const at = view.center ?? (view.place ? placeAt(view.place) : undefined);
  const here: DataAt | null = at ? coverage.dataAt(at[0], at[1]) : null;
  if (!here) return [];
  const limit = chapterMaxZoom(ch.layers, story.layers, here.maxZoom);
  if (zoom <= limit) return [];
  const path = [...viewPath, 'zoom'];
  const coarsest = (ch.layers ?? [])
    .filter((id) => story.layers && Object.hasOwn(story.layers, id))
    .sort((a, b) => story.layers![b]!.precision_m - story.layers![a]!.precision_m)[0];
  if (coarsest === undefined || limit >= here.maxZoom) {
    const where = view.center ? `(${at![0]}, ${at![1]})` : `"${view.place}"`;
    return [
      {
        path,
        message: `${label}.zoom ${zoom} is closer than the basemap holds to (zoom ${here.maxZoom}) at ${where}: its data there (${here.data}) would be drawn wrongly`,
        hint: `zoom: ${here.maxZoom} or less (geodata/PROVENANCE.md)`,
      },
    ];
  }
  const p = story.layers![coarsest]!.precision_m;
  return [
    {
      path,
      message: `${label}.zoom ${zoom} is closer than layer "${coarsest}" (precision ${p.toLocaleString('en')} m) can honestly be shown (zoom ${limit})`,
      hint: `zoom: ${limit} or less, or a layer of finer precision (README, "The story's own layers")`,
    },
  ];
}
