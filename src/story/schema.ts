// The one definition of a story file. The checker validates with it and the JSON Schema for editors is generated
// from it (scripts/story-schema.ts), so the two cannot drift apart.
import { z } from 'zod';
import { locale, perLang } from '../locale/locales.ts';
import { findMarkup } from './find-markup.ts';
import { MAX_ID_CHARS, MAX_NAME_CHARS, MAX_PRECISION_M, MAX_TEXT_CHARS } from './limits.ts';
import { isReservedName, RESERVED_NAME_MESSAGE } from './reserved-names.ts';

// Bounds go in as checks rather than as .max(): they keep the checker fast on hostile input, and stay out of the
// JSON Schema an editor's tooling reads, which has no use for them.
function atMost(limit: number): (ctx: z.core.ParsePayload<string>) => void {
  return (ctx) => {
    if (ctx.value.length > limit)
      ctx.issues.push({
        code: 'custom',
        message: `must be at most ${limit.toLocaleString('en')} characters, found ${ctx.value.length.toLocaleString('en')}`,
        input: ctx.value,
        // Nothing else is worth checking on a string that long, and some checks take time on one.
        continue: false,
      });
  };
}

// Story content is shown as text, never as HTML; markup in a field is almost always a paste from a web page.
function plainText(ctx: z.core.ParsePayload<string>): void {
  const at = findMarkup(ctx.value);
  if (at < 0) return;
  const shown = ctx.value.slice(at, at + 20) + (ctx.value.length > at + 20 ? '…' : '');
  ctx.issues.push({
    code: 'custom',
    message: `must be plain text, found HTML or script (${JSON.stringify(shown)})`,
    input: ctx.value,
  });
}

const textOf = (limit: number) =>
  z
    .string({ error: 'expected text' })
    .check(atMost(limit))
    .trim()
    .min(1, 'must not be empty')
    .check(plainText);

const text = textOf(MAX_TEXT_CHARS);
const localTextOf = (t: typeof text) => z.strictObject(perLang((l) => t.describe(locale(l).describe)));
const localText = localTextOf(text);
/** A name, label or unit: a few words. */
const localName = localTextOf(textOf(MAX_NAME_CHARS));

export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const id = z
  .string({ error: 'expected an id' })
  .check(atMost(MAX_ID_CHARS))
  .regex(ID_PATTERN, "must use lower-case a-z, 0-9 and single '-' between them")
  .refine((s) => !isReservedName(s), RESERVED_NAME_MESSAGE);

/** How far, in metres, the truth may lie from what is drawn: a place's radius, a layer's tolerance. */
const precisionM = z
  .number()
  .positive()
  .refine(
    (m) => m <= MAX_PRECISION_M,
    `must be at most ${MAX_PRECISION_M.toLocaleString('en')} m (${MAX_PRECISION_M / 1000} km)`,
  );

export const placeSchema = z.strictObject({
  name: localName,
  // Ranges are checked against what the basemap covers in rules.ts, which can also tell a swapped pair.
  lon: z.number().describe('longitude, WGS84 (east–west, about 121 around Ningbo)'),
  lat: z.number().describe('latitude, WGS84 (north–south, about 30 around Ningbo)'),
  precision_m: precisionM.describe('radius within which the true location lies, in metres'),
  source: text.describe('where this coordinate comes from (WGS84 only)'),
});

/** A layer file's name: in the story's folder (no path, so it cannot lead out of it), GeoJSON by its extension. */
const LAYER_FILE_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*\.geojson$/;

export const layerSchema = z.strictObject({
  file: z
    .string({ error: 'expected a file name' })
    .check(atMost(MAX_ID_CHARS + 8))
    .regex(LAYER_FILE_PATTERN, "expected a file name in the story's folder like 'ferry-route.geojson'")
    .describe("a GeoJSON FeatureCollection in the story's folder"),
  name: localName.describe('shown in the legend'),
  source: text.describe('where the geometry comes from, or how it was derived'),
  licence: textOf(MAX_NAME_CHARS).describe("the data's licence, e.g. 'ODbL' or 'CC BY 4.0'"),
  crs: z.literal('WGS84').describe('WGS84 longitude/latitude in degrees, the only one the map takes'),
  precision_m: precisionM.describe(
    'how far, in metres, the drawn geometry may be from the truth; limits how close a chapter zooms',
  ),
});

/** A picture's file: in the story's media/ folder (no deeper, so it cannot lead out of it), by its format's name. */
const MEDIA_FILE_PATTERN = /^media\/[a-z0-9]+(-[a-z0-9]+)*\.(png|jpe?g|webp)$/;

const mediaSchema = z.strictObject({
  file: z
    .string({ error: 'expected a file name' })
    .check(atMost(MAX_ID_CHARS + 16))
    .regex(MEDIA_FILE_PATTERN, "expected a picture in the story's media/ folder like 'media/harbour.png'")
    .describe('a PNG, JPEG or WebP picture in the story folder; the build makes its sizes and formats'),
  alt: localText.describe('what the picture shows, for readers who cannot see it'),
  caption: localText.optional().describe('shown under the picture, before its credit'),
  credit: localName.describe("who made it: the photographer's or the illustrator's name, the agency"),
  licence: textOf(MAX_NAME_CHARS).describe("the picture's licence, e.g. 'CC BY 4.0' or 'used by permission'"),
  source: text.describe('where the picture comes from: an address, an archive, or who supplied it'),
  place: id
    .optional()
    .describe("also shown in the popup of this place's marker, at this chapter (a place the chapter marks)"),
});

const viewFields = {
  place: id.optional().describe('centre the map on this place'),
  fit: z.array(id).min(1).optional().describe('frame all of these places'),
  center: z
    .tuple([z.number(), z.number()])
    .optional()
    .describe('[lon, lat] (WGS84) of a camera centre, as the dev server copies it'),
  zoom: z.number().min(3).max(17).optional().describe('with place or center; default 11'),
  pitch: z.number().min(0).max(60).optional(),
  bearing: z.number().min(-180).max(180).optional(),
};

// A phone's map is the page's width and half its height: a wide fit that reads well beside the text can leave its
// places specks there. The phone view is a complete view of its own (nothing is taken from the other), and has no
// phone view inside it.
const view = z.strictObject({
  ...viewFields,
  phone: z
    .strictObject(viewFields)
    .optional()
    .describe(
      'the view where the story is laid out for a phone, in the same forms; without it, a phone shows the view above',
    ),
});

// When a figure holds: a year ('2021'), a month or a day ('2022-06', '2022-06-30'), a span ('2022-01..2022-08',
// '2020..2022'), a span to the source's date ('2022..', for 今年以来: a bare '2022' would read as the whole year), or
// 'not stated' when the source gives none. Free text in both languages is still accepted.
const PERIOD_PATTERN = /^(not stated|\d{4}(-\d{2}(-\d{2})?)?(\.\.(\d{4}(-\d{2}(-\d{2})?)?)?)?)$/;
const period = z.union([
  z
    .string({ error: 'expected a period' })
    .regex(PERIOD_PATTERN, "expected a year, a span like '2022-01..2022-08' or '2022..', or 'not stated'"),
  localText,
]);

export const metricSchema = z.strictObject({
  place: id.optional().describe("defaults to the chapter's place; required when the view is a fit"),
  label: localName,
  value: z.number(),
  unit: localName,
  scale: z
    .number()
    .positive()
    .optional()
    .describe('value × scale = the base quantity (万 = 10000, 亿 = 1e8)'),
  currency: z.enum(['CNY', 'USD']).optional(),
  period: period.optional(),
  change: z.strictObject({ value: z.number(), unit: z.literal('%'), basis: localText.optional() }).optional(),
  quote: text.describe('verbatim text of the source that states the value'),
  from: localName
    .optional()
    .describe(
      "who reported it, when not the report its chapter's section follows: e.g. 'the Zhuangshi report (Li Hua)'",
    ),
  chart: z.literal('share').optional().describe('draw a percentage that is a share of a whole as a bar'),
  headline: z
    .boolean()
    .optional()
    .describe("the place's headline figure, shown where the story compares places"),
});

const excerpt = z.strictObject({
  place: id.optional().describe("the town it is about; defaults to the chapter's place"),
  speaker: localName.optional().describe('who said it, when it is a quote of a person'),
  from: localName
    .optional()
    .describe(
      "where it is quoted from, when it is not a person's words: e.g. 'the Zhuangshi report (Li Hua)'; never a place",
    ),
  text: localText.describe('zh: verbatim from the source; en: a translation'),
});

export const chapterSchema = z.strictObject({
  id,
  section: id.optional(),
  title: localText,
  text: localText.describe('paragraphs separated by blank lines; plain text'),
  view,
  markers: z.array(id).optional(),
  layers: z.array(id).optional().describe("ids of the story's own layers (layers:) shown at this chapter"),
  draw_with_scroll: z
    .array(id)
    .optional()
    .describe(
      "ids of this chapter's line layers (from its layers:) drawn from their start to their end as the reader scrolls through the chapter; whole with reduced motion, in print and on the static maps",
    ),
  highlight: z.array(z.string().regex(/^\d{6}$/, 'expected a 6-digit district adcode')).optional(),
  excerpts: z.array(excerpt).optional(),
  metrics: z.array(metricSchema).optional(),
  media: z
    .array(mediaSchema)
    .optional()
    .describe('pictures shown in the chapter, each with its alt text, credit, licence and source'),
  alt: localText.describe('what the map shows at this chapter, for screen readers'),
  caption: localText
    .optional()
    .describe(
      'shown with the comparison: what its figures measure, and why they are not directly comparable',
    ),
  compare: z
    .boolean()
    .optional()
    .describe(
      "show the marked places side by side: each section's headline figure and the distances between them",
    ),
});

export const sectionSchema = z.strictObject({
  name: localName,
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'expected a colour like #1f6f8b'),
  from: localName
    .optional()
    .describe(
      "the report its chapters follow, with its reporters: who reported their figures, e.g. 'the Zhuangshi report (Li Hua)'",
    ),
});

export const storySchema = z.strictObject({
  title: localText,
  summary: localText,
  credits: localText,
  byline: localText
    .optional()
    .describe(
      "who wrote this story's own text, shown under its headline, e.g. 'By Li Hua'; the source's reporters go in source.authors; with neither, the credits stand there",
    ),
  source: z
    .strictObject({
      title: localText,
      publisher: localText.optional(),
      authors: localName
        .optional()
        .describe(
          "the source's reporters as printed: the opening then says the story is adapted from their reports",
        ),
      date: z
        .union([z.string().check(atMost(MAX_NAME_CHARS)), localName])
        .optional()
        .describe("'2022', or the same in each language"),
    })
    .optional()
    .describe('the publication the story follows (recommended)'),
  attribution: localText
    .optional()
    .describe(
      "who reported the story's figures, e.g. 'as reported by the towns; not independently verified'",
    ),
  sections: z.record(id, sectionSchema).optional(),
  places: z.record(id, placeSchema).optional(),
  layers: z
    .record(id, layerSchema)
    .optional()
    .describe("the story's own GeoJSON layers (points, lines, areas), shown at the chapters that list them"),
  chapters: z.array(chapterSchema).min(1, 'a story needs at least one chapter'),
});

export type Story = z.infer<typeof storySchema>;
type StoryChapter = Story['chapters'][number];
export type StoryPeriod = NonNullable<StoryMetric['period']>;
export type StoryMetric = NonNullable<StoryChapter['metrics']>[number];
export type StoryMedia = NonNullable<StoryChapter['media']>[number];
/** A chapter's view, or its phone view: the same forms. */
export type StoryView = Omit<StoryChapter['view'], 'phone'>;
