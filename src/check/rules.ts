// Checks that need more than one field at a time: references between places and chapters, and whether every
// quote and figure can be traced to the source text.
import type { Gazetteer } from '../geo/gazetteer';
import type { Coverage } from './coverage';
import { layerFindings } from './layer-rules.ts';
import { placeAtIn, zoomFindings, type PlaceAt } from './zoom-rules.ts';
import { chapterViews, type ChapterView } from './chapter-views.ts';
import type { DataPath } from './locate';
import type { Finding } from './problem';
import { MAX_COMPARED } from '../story/limits.ts';
import { nearestIn } from './nearest.ts';
import { pageIdClash } from './page-ids.ts';
import { fullWidthFindings } from './full-width.ts';
import { draftMarkFindings } from './draft-marks.ts';
import { metricFindings } from './metric-rules.ts';
import { headlineFigures, uncaptionedComparison } from './comparison-rules.ts';
import type { Story } from '../story/schema';

function placeRefs(story: Story, known: Set<string>): Finding[] {
  const out: Finding[] = [];
  const guessFor = nearestIn(known);
  const ref = (id: string, path: DataPath) => {
    if (known.has(id)) return;
    const guess = guessFor(id);
    out.push({
      path,
      message: `unknown place "${id}"`,
      hint: guess ? `did you mean "${guess}"?` : 'add it under places: with lon, lat, precision_m and source',
    });
  };
  story.chapters.forEach((ch, i) => {
    const at = ['chapters', i] as const;
    for (const { view, path } of chapterViews(ch, i)) {
      if (view.place) ref(view.place, [...path, 'place']);
      view.fit?.forEach((id, j) => ref(id, [...path, 'fit', j]));
    }
    ch.markers?.forEach((id, j) => ref(id, [...at, 'markers', j]));
    ch.excerpts?.forEach((e, j) => e.place && ref(e.place, [...at, 'excerpts', j, 'place']));
    ch.metrics?.forEach((m, j) => m.place && ref(m.place, [...at, 'metrics', j, 'place']));
  });
  return out;
}

/** A coordinate the map cannot show: outside what its data covers, or recognisably a swapped pair. */
function coverageFinding(
  coverage: Coverage,
  lon: number,
  lat: number,
  path: DataPath,
  label: string,
): Finding | null {
  if (coverage.covers(lon, lat)) return null;
  if (coverage.covers(lat, lon))
    return {
      path,
      message: `${label}: lon and lat look swapped (lon ${lon}, lat ${lat})`,
      hint: `lon ${lat}, lat ${lon}: lon is east–west, lat north–south`,
    };
  return {
    path,
    message: `${label}: expected a place ${coverage.what}, found (${lon}, ${lat}), where the basemap has no data`,
  };
}

function storyPlaces(story: Story, coverage: Coverage): Finding[] {
  const out: Finding[] = [];
  for (const [id, p] of Object.entries(story.places ?? {})) {
    const swapped = coverage.covers(p.lat, p.lon);
    const f = coverageFinding(
      coverage,
      p.lon,
      p.lat,
      ['places', id, swapped ? 'lon' : 'lat'],
      `places.${id}`,
    );
    if (f) out.push(f);
  }
  story.chapters.forEach((ch, i) => {
    for (const { view, path, label } of chapterViews(ch, i)) {
      const c = view.center;
      const f =
        c && coverageFinding(coverage, c[0], c[1], [...path, 'center'], `chapters[${i}].${label}.center`);
      if (f) out.push(f);
    }
  });
  return out;
}

function chapters(story: Story, source: string | undefined, coverage: Coverage, placeAt: PlaceAt): Finding[] {
  const out: Finding[] = [];
  const seen = new Map<string, number>();
  const sections = new Set(Object.keys(story.sections ?? {}));
  const sectionGuess = nearestIn(sections);
  const headlines = headlineFigures(story);
  story.chapters.forEach((ch, i) => {
    const at = ['chapters', i] as const;
    const first = seen.get(ch.id);
    if (first !== undefined)
      out.push({
        path: [...at, 'id'],
        message: `duplicate chapter id "${ch.id}" (also chapter ${first + 1})`,
      });
    else seen.set(ch.id, i);
    const clash = pageIdClash(ch.id);
    if (clash) out.push({ path: [...at, 'id'], message: clash, hint: 'choose another id' });
    if (ch.section && !sections.has(ch.section))
      out.push({
        path: [...at, 'section'],
        message: `unknown section "${ch.section}"`,
        hint: hintFor(sectionGuess(ch.section)),
      });
    out.push(...repeatedIds(ch.markers, [...at, 'markers']));
    for (const v of chapterViews(ch, i)) out.push(...viewFindings(story, i, v, coverage, placeAt));
    const { place, fit } = ch.view;
    // A figure is about a place (the view's, unless it says): an excerpt may be about none the map shows.
    ch.metrics?.forEach((m, j) => {
      if (!m.place && !place)
        out.push({
          path: [...at, 'metrics', j],
          message: `metrics[${j}]: place is required when the view is not a place`,
        });
    });
    ch.excerpts?.forEach((e, j) => {
      if (!e.speaker && !e.from)
        out.push({
          path: [...at, 'excerpts', j, 'text'],
          message: `excerpts[${j}] has no credit: who said or wrote it?`,
          hint: "speaker: the person quoted, or from: the report it is quoted from (e.g. 'the Zhuangshi report (Li Hua)')",
          warning: true,
        });
      if (source !== undefined && !source.includes(e.text.zh))
        out.push({
          path: [...at, 'excerpts', j, 'text', 'zh'],
          message: 'excerpt does not occur verbatim in source.txt',
        });
    });
    const sectionFrom =
      ch.section && story.sections && Object.hasOwn(story.sections, ch.section)
        ? story.sections[ch.section]!.from
        : undefined;
    ch.metrics?.forEach((m, j) => {
      out.push(...metricFindings(m, [...at, 'metrics', j], source));
      // A figure is the claim of whoever reported it: the page shows that beside it, so it must be known.
      if (!m.from && !sectionFrom)
        out.push({
          path: [...at, 'metrics', j, 'label'],
          message: `metrics[${j}] does not say who reported "${m.label.en}"`,
          hint: "from: the report it comes from (e.g. 'the Zhuangshi report (Li Hua)'), on the figure or on its chapter's section",
          warning: true,
        });
      if (!m.period)
        out.push({
          path: [...at, 'metrics', j, 'label'],
          message: `metrics[${j}] has no period: when does "${m.label.en}" hold?`,
          hint: "period: '2022', '2022-01..2022-08' or 'not stated'",
          warning: true,
        });
    });
    const compared = ch.markers ?? (place ? [place] : (fit ?? []));
    if (ch.compare && new Set(compared).size > MAX_COMPARED)
      out.push({
        path: [...at, 'compare'],
        message: `the comparison sets ${new Set(compared).size} places side by side, more than ${MAX_COMPARED}`,
        hint: 'compare a few places; show the others as markers of another chapter',
      });
    else if (ch.compare && !ch.caption) out.push(...uncaptionedComparison(story, i, headlines));
  });
  return out;
}

/** One of a chapter's views (chapter-views.ts) whose form is wrong, or which looks closer than its data holds to. */
function viewFindings(
  story: Story,
  i: number,
  { view, path, label }: ChapterView,
  coverage: Coverage,
  placeAt: PlaceAt,
): Finding[] {
  const out = repeatedIds(view.fit, [...path, 'fit']);
  const { place, fit, center } = view;
  if ([place, fit, center].filter((v) => v !== undefined).length !== 1)
    out.push({ path, message: `${label}: give exactly one of place, fit or center` });
  if (fit && view.zoom !== undefined)
    out.push({
      path: [...path, 'zoom'],
      message: `${label}.zoom applies to place, not fit (fit picks its zoom)`,
    });
  else if (view.zoom !== undefined)
    out.push(...zoomFindings(story, i, { view, path, label }, coverage, placeAt));
  return out;
}

/** A place listed twice in a chapter's fit or markers: a slip, and each listing is drawn. */
function repeatedIds(ids: readonly string[] | undefined, path: DataPath): Finding[] {
  const seen = new Set<string>();
  return (ids ?? []).flatMap((id, j) => {
    if (!seen.has(id)) {
      seen.add(id);
      return [];
    }
    return [{ path: [...path, j], message: `"${id}" is listed twice in ${String(path.at(-1))}` }];
  });
}

function hintFor(guess: string | undefined): string | undefined {
  return guess ? `did you mean "${guess}"?` : undefined;
}

/** `placeIds`: the places the file defines, when some are not well formed (they are still not unknown). */
export function storyRules(
  story: Story,
  gazetteer: Gazetteer,
  coverage: Coverage,
  source: string | undefined,
  placeIds: readonly string[] = Object.keys(story.places ?? {}),
  layerIds: readonly string[] = Object.keys(story.layers ?? {}),
): Finding[] {
  const known = new Set([...placeIds, ...Object.keys(gazetteer)]);
  return [
    ...storyPlaces(story, coverage),
    ...placeRefs(story, known),
    ...chapters(story, source, coverage, placeAtIn(story, gazetteer)),
    ...layerFindings(story, layerIds),
    ...fullWidthFindings(story),
    ...draftMarkFindings(story),
  ];
}
