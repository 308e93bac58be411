// The dev server's answer to the author tools' place search: the matches as their labels and their entries.
import type { PlaceSearchAnswer } from '../../src/map/place-search-answer';
import { loadPlaceIndex } from './place-index.ts';
import { searchPlaces } from './place-search.ts';
import { placeYaml } from './place-yaml.ts';

/** Queries longer than any place name are not names: no need to search for them. */
const MAX_QUERY_CHARS = 100;

export function placeAnswer(query: string): PlaceSearchAnswer {
  if (query.length > MAX_QUERY_CHARS) return { matches: [] };
  return {
    matches: searchPlaces(loadPlaceIndex(), query, 8).map(({ record }) => {
      const [first, ...rest] = placeYaml(record, record.id, '').split('\n');
      return {
        label: first!.replace(/^# /, ''),
        yaml: rest.join('\n'),
      };
    }),
  };
}
