// A search result as an editor pastes it under a story's `places:`: the fields the checker takes (name, lon, lat,
// precision_m, source; src/story/schema.ts), and above them, as comments, what the match is and how far to trust it.
import { TO_TRANSLATE } from '../../src/check/draft-marks.ts';
import { MAX_PRECISION_M } from '../../src/story/limits.ts';
import type { PlaceRecord } from './place-search';

const KIND_WORDS: Record<PlaceRecord['kind'], string> = {
  gazetteer: 'in the gazetteer',
  county: 'county-level division',
  'populated-place': 'Natural Earth populated place',
  country: 'country or territory',
};

/** JSON's strings are YAML's double-quoted ones: any name or source is written safely. */
const str = (s: string) => JSON.stringify(s);

/** The English a record has, or a mark the checker warns of: a name is never made up. */
const englishOf = (r: PlaceRecord) => r.name.en ?? `${TO_TRANSLATE} ${r.name.zh}`;

/** The entry, indented to sit under `places:`; `id` replaces the record's own. */
export function placeYaml(r: PlaceRecord, id = r.id, indent = '  '): string {
  const lines = [
    `# ${r.name.zh || '-'} ${r.name.en ?? ''} (${KIND_WORDS[r.kind]}${r.where && r.kind !== 'gazetteer' ? `, ${r.where}` : ''})`,
    `# precision: ${r.precisionNote}${r.approximate ? '; drawn as an approximate area, not a pin' : ''}`,
  ];
  if (r.kind === 'gazetteer')
    lines.push(`# already known by its id: view: {place: ${r.id}} works without this entry`);
  if (r.precision_m > MAX_PRECISION_M)
    lines.push(
      `# over ${MAX_PRECISION_M / 1000} km: too uncertain to draw as a place, the checker refuses it; frame it with view.center instead`,
    );
  lines.push(
    `${id}:`,
    `  name: {zh: ${str(r.name.zh || englishOf(r))}, en: ${str(englishOf(r))}}`,
    `  lon: ${r.lon}`,
    `  lat: ${r.lat}`,
    `  precision_m: ${r.precision_m}`,
    `  source: ${str(r.source)}`,
  );
  return lines.map((l) => indent + l).join('\n');
}
