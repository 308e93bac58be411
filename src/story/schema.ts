// The one definition of a story file. The checker validates with it and the JSON Schema for editors is generated
// from it (scripts/story-schema.ts), so the two cannot drift apart.
import { z } from 'zod';

// Story content is shown as text, never as HTML; markup in a field is almost always a paste from a web page.
const MARKUP = /<\s*\/?\s*[a-z!][^>]*>|javascript:/i;

const text = z
  .string({ error: 'expected text' })
  .trim()
  .min(1, 'must not be empty')
  .refine((s) => !MARKUP.test(s), 'must be plain text, found HTML or script');

export const localText = z.strictObject({
  zh: text.describe('Chinese'),
  en: text.describe('English (a translation of the Chinese)'),
});

export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const id = z
  .string({ error: 'expected an id' })
  .regex(ID_PATTERN, "must use lower-case a-z, 0-9 and single '-' between them");

export const placeSchema = z.strictObject({
  name: localText,
  // Ranges are checked against the map's region in rules.ts, which can also tell a swapped pair.
  lon: z.number().describe('longitude, WGS84 (east–west, about 121 around Ningbo)'),
  lat: z.number().describe('latitude, WGS84 (north–south, about 30 around Ningbo)'),
  precision_m: z.number().positive().describe('radius within which the true location lies, in metres'),
  source: text.describe('where this coordinate comes from (WGS84 only)'),
});

const view = z.strictObject({
  place: id.optional().describe('centre the map on this place'),
  fit: z.array(id).min(1).optional().describe('frame all of these places'),
  center: z
    .tuple([z.number(), z.number()])
    .optional()
    .describe('[lon, lat] (WGS84) of a camera centre, as the dev server copies it'),
  zoom: z.number().min(3).max(17).optional().describe('with place or center; default 11'),
  pitch: z.number().min(0).max(60).optional(),
  bearing: z.number().min(-180).max(180).optional(),
});

// When a figure holds: a year ('2021'), a month or a day ('2022-06', '2022-06-30'), a span ('2022-01..2022-08',
// '2020..2022'), or 'not stated' when the source gives none. Free text in both languages is still accepted.
export const PERIOD_PATTERN = /^(not stated|\d{4}(-\d{2}(-\d{2})?)?(\.\.\d{4}(-\d{2}(-\d{2})?)?)?)$/;
const period = z.union([
  z
    .string({ error: 'expected a period' })
    .regex(PERIOD_PATTERN, "expected a year, a span like '2022-01..2022-08', or 'not stated'"),
  localText,
]);

export const metricSchema = z.strictObject({
  place: id.optional().describe("defaults to the chapter's place; required when the view is a fit"),
  label: localText,
  value: z.number(),
  unit: localText,
  scale: z
    .number()
    .positive()
    .optional()
    .describe('value × scale = the base quantity (万 = 10000, 亿 = 1e8)'),
  currency: z.enum(['CNY', 'USD']).optional(),
  period: period.optional(),
  change: z.strictObject({ value: z.number(), unit: z.literal('%'), basis: localText.optional() }).optional(),
  quote: text.describe('verbatim text of the source that states the value'),
  chart: z.literal('share').optional().describe('draw a percentage that is a share of a whole as a bar'),
  headline: z
    .boolean()
    .optional()
    .describe("the place's headline figure, shown where the story compares places"),
});

const excerpt = z.strictObject({
  place: id.optional().describe("the town it is about; defaults to the chapter's place"),
  speaker: localText.optional().describe('who said it, when it is a quote of a person'),
  text: localText.describe('zh: verbatim from the source; en: a translation'),
});

export const chapterSchema = z.strictObject({
  id,
  section: id.optional(),
  title: localText,
  text: localText.describe('paragraphs separated by blank lines; plain text'),
  view,
  markers: z.array(id).optional(),
  highlight: z.array(z.string().regex(/^\d{6}$/, 'expected a 6-digit district adcode')).optional(),
  excerpts: z.array(excerpt).optional(),
  metrics: z.array(metricSchema).optional(),
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
  name: localText,
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'expected a colour like #1f6f8b'),
});

export const storySchema = z.strictObject({
  title: localText,
  summary: localText,
  credits: localText,
  source: z
    .strictObject({ title: localText, publisher: localText.optional(), date: z.string().optional() })
    .optional()
    .describe('the publication the story follows (recommended)'),
  attribution: localText
    .optional()
    .describe(
      "who reported the story's figures, e.g. 'as reported by the towns; not independently verified'",
    ),
  sections: z.record(id, sectionSchema).optional(),
  places: z.record(id, placeSchema).optional(),
  chapters: z.array(chapterSchema).min(1, 'a story needs at least one chapter'),
});

export type LocalText = z.infer<typeof localText>;
export type Story = z.infer<typeof storySchema>;
export type StoryChapter = Story['chapters'][number];
export type StoryView = StoryChapter['view'];
export type StoryPeriod = NonNullable<StoryMetric['period']>;
export type StoryMetric = NonNullable<StoryChapter['metrics']>[number];
