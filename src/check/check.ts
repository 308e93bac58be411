// Reads one story file and reports every problem in it (not just the first) with the line and column it is on.
import { LineCounter, visit, type Document } from 'yaml';
import type { Gazetteer } from '../geo/gazetteer';
import { perLang } from '../locale/locales.ts';
import { describeIssue } from './describe-issue.ts';
import { documentHazard } from './document-hazard.ts';
import { parseStoryYaml } from './parse-story-yaml.ts';
import { formatPath, locate, nodeAt } from './locate.ts';
import { oversized, utf8Bytes } from './oversized.ts';
import { isReservedName, RESERVED_NAME_MESSAGE } from '../story/reserved-names.ts';
import type { Problem } from './problem';
import { storyRules } from './rules.ts';
import { checkLayers, type CheckedLayer, type ReadLayer } from './check-layers.ts';
import { drawFindings } from './draw-rules.ts';
import type { Coverage } from './coverage';
import type { DataPath } from './locate';
import { metricFindings } from './metric-rules.ts';
import { checkMedia, type CheckedMedia, type ReadMedia } from './check-media.ts';
import { mediaFindings } from './media-rules.ts';
import {
  chapterSchema,
  id,
  layerSchema,
  metricSchema,
  placeSchema,
  sectionSchema,
  storySchema,
  type Story,
  type StoryMetric,
} from '../story/schema.ts';

export interface CheckInput {
  file: string;
  text: string;
  gazetteer: Gazetteer;
  /** Where the basemap has data: a place elsewhere is refused. */
  coverage: Coverage;
  /** The story's source.txt, when it has one: quotes must occur in it verbatim. */
  source?: string;
  /** Reads a layer file the story declares, by its name in the story's folder. */
  readLayer?: ReadLayer;
  /** Reads a picture a chapter names, by its path in the story's folder. */
  readMedia?: ReadMedia;
}

/** `problems` are errors and warnings together, in file order; a story with warnings only is ok. */
export type CheckResult =
  | {
      ok: true;
      story: Story;
      problems: Problem[];
      layers: Record<string, CheckedLayer>;
      /** The pictures the chapters name, by file: read and known to be the images their names say. */
      media: Record<string, CheckedMedia>;
    }
  | { ok: false; problems: Problem[] };

export function checkStory({
  file,
  text,
  gazetteer,
  coverage,
  source,
  readLayer,
  readMedia,
}: CheckInput): CheckResult {
  const tooLarge = oversized(file, utf8Bytes(text));
  if (tooLarge) return { ok: false, problems: [tooLarge] };
  const lines = new LineCounter();
  const yaml = parseStoryYaml(text, lines);
  if (!yaml.ok) {
    const { line, col } = lines.linePos(yaml.offset);
    const { message, hint } = yaml;
    return { ok: false, problems: [{ file, line, col, message, ...(hint ? { hint } : {}) }] };
  }
  const { doc } = yaml;
  if (doc.errors.length > 0) {
    // Only the first syntax error is reliable: the parser's later ones mostly follow from it.
    const problems = doc.errors.slice(0, 1).map((e): Problem => {
      const { line, col } = lines.linePos(e.pos[0]);
      return { file, line, col, message: `YAML syntax: ${e.message.split('\n')[0]}` };
    });
    return { ok: false, problems };
  }
  const hazard = documentHazard(doc);
  if (hazard) {
    const { line, col } = lines.linePos(hazard.offset);
    const { message, hint } = hazard;
    return { ok: false, problems: [{ file, line, col, message, ...(hint ? { hint } : {}) }] };
  }

  const at = (
    path: readonly PropertyKey[],
    message: string,
    hint?: string,
    key?: boolean,
    warning?: boolean,
  ): Problem => ({
    file,
    ...locate(doc, lines, path, { key }),
    message: clipped(message),
    ...(hint ? { hint: clipped(hint) } : {}),
    ...(warning ? { warning } : {}),
  });

  const data = toData(doc);
  if (!data.ok) {
    const { line, col } = lines.linePos(data.offset);
    return {
      ok: false,
      problems: [{ file, line, col, message: data.message, ...(data.hint ? { hint: data.hint } : {}) }],
    };
  }
  const parsed = storySchema.safeParse(data.value, { reportInput: true });
  const shapeProblems = parsed.success
    ? []
    : parsed.error.issues.flatMap((issue) => {
        const field = formatPath(issue.path) || 'story';
        if (issue.code === 'unrecognized_keys')
          return issue.keys.map((k) =>
            k === 'phone' && issue.path.at(-1) === 'phone'
              ? at(
                  [...issue.path, k],
                  `${field}: a phone view cannot have a phone view of its own`,
                  `give the phone's view once, as ${field}`,
                  true,
                )
              : at([...issue.path, k], describeIssue({ ...issue, keys: [k] }, field), undefined, true),
          );
        const input = 'input' in issue ? issue.input : undefined;
        // What the file says, where the parsed value cannot show it: 1e400 and .inf both parse to Infinity.
        const written =
          typeof input === 'number' && !Number.isFinite(input)
            ? sourceText(doc, text, issue.path)
            : undefined;
        return [
          at(issue.path, describeIssue(issue, field, written), undefined, issue.code === 'invalid_key'),
        ];
      });
  // The schema's records drop a `__proto__` key without a word (its other reserved names fail the id check).
  const dropped = (['places', 'sections'] as const).flatMap((kind) =>
    ownKeys(data.value, kind)
      .filter((k) => k === '__proto__')
      .map((k) => at([kind, k], `${formatPath([kind, k])}: ${RESERVED_NAME_MESSAGE}`, undefined, true)),
  );
  // The cross-field rules run on every part whose shape is right, even when other parts are wrong, so an editor
  // sees all of a file's problems in one run.
  const { story, metrics } = parsed.success
    ? { story: parsed.data, metrics: [] }
    : wellFormedParts(data.value);
  // A place whose fields are wrong is still one the editor defined: naming it elsewhere is not a second problem.
  const placeIds = ownKeys(data.value, 'places').filter((k) => !isReservedName(k));
  const layerIds = ownKeys(data.value, 'layers').filter((k) => !isReservedName(k));
  const findings = [
    ...storyRules(story, gazetteer, coverage, source, placeIds, layerIds),
    ...metrics.flatMap(({ metric, path }) => metricFindings(metric, path, source)),
    ...mediaFindings(story),
  ];
  const ruleProblems = findings.map((f) => at(f.path, f.message, f.hint, f.key, f.warning));
  const files = checkLayers(story.layers ?? {}, coverage, readLayer, (path, message, hint) =>
    at(path, message, hint),
  );
  const kinds = Object.fromEntries(Object.entries(files.layers).map(([id, l]) => [id, l.kinds]));
  const drawProblems = drawFindings(story, kinds).map((f) => at(f.path, f.message, f.hint));
  const pictures = checkMedia(story, readMedia, (path, message, hint) => at(path, message, hint));
  // A layer file's problems follow the story file's, each in its own file's order.
  const problems = capped([
    ...sortProblems([
      ...shapeProblems,
      ...dropped,
      ...ruleProblems,
      ...drawProblems,
      ...files.declared,
      ...pictures.problems,
    ]),
    ...files.inFiles,
  ]);
  if (parsed.success && !problems.some((p) => !p.warning))
    return { ok: true, story: parsed.data, problems, layers: files.layers, media: pictures.media };
  return { ok: false, problems };
}

/** The plain data of a parsed document, or where and why it has none. */
function toData(
  doc: Document,
): { ok: true; value: unknown } | { ok: false; offset: number; message: string; hint?: string } {
  try {
    return { ok: true, value: doc.toJS() };
  } catch (e) {
    // yaml refuses to expand aliases past a budget (an "alias bomb": a few lines that unfold into millions of
    // nodes). It does not say which alias, so the first one is where the editor should look.
    let alias: number | undefined;
    visit(doc, {
      Alias(_, node) {
        alias = node.range?.[0];
        return visit.BREAK;
      },
    });
    if (alias !== undefined)
      return {
        ok: false,
        offset: alias,
        message: 'YAML aliases (*name) here expand to too much: yaml stops at 100 uses of an alias',
        hint: 'write the repeated values out; a story has no need for aliases',
      };
    return { ok: false, offset: 0, message: `YAML: ${e instanceof Error ? e.message : String(e)}` };
  }
}

/** The text of the scalar at `path`, as the file writes it. */
function sourceText(doc: Document, text: string, path: DataPath): string | undefined {
  const range = nodeAt(doc, path)?.range;
  return range ? text.slice(range[0], range[1]).trim() : undefined;
}

function ownKeys(data: unknown, field: string): string[] {
  const value =
    typeof data === 'object' && data !== null ? (data as Record<string, unknown>)[field] : undefined;
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? Object.keys(value) : [];
}

/**
 * The chapters, places and sections of a story that failed its schema which are themselves well formed. A
 * chapter that is not keeps its slot empty (a sparse array), so the rules still name the others by their index;
 * its well-formed figures are still checked against their quotes, the one check a wrong number must not escape.
 */
function wellFormedParts(data: unknown): {
  story: Story;
  metrics: { metric: StoryMetric; path: DataPath }[];
} {
  const d = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  const chapters: Story['chapters'] = [];
  const metrics: { metric: StoryMetric; path: DataPath }[] = [];
  if (Array.isArray(d.chapters))
    d.chapters.forEach((c: unknown, i) => {
      const r = chapterSchema.safeParse(c);
      if (r.success) chapters[i] = r.data;
      else if (typeof c === 'object' && c !== null && Array.isArray((c as { metrics?: unknown }).metrics))
        (c as { metrics: unknown[] }).metrics.forEach((m, j) => {
          const rm = metricSchema.safeParse(m);
          if (rm.success) metrics.push({ metric: rm.data, path: ['chapters', i, 'metrics', j] });
        });
    });
  const records = <T>(value: unknown, schema: { safeParse(v: unknown): { success: boolean; data?: T } }) => {
    const out: Record<string, T> = {};
    if (typeof value === 'object' && value !== null && !Array.isArray(value))
      for (const [k, v] of Object.entries(value)) {
        // A key that is not an id is reported already, and assigned here `__proto__` would replace the prototype.
        if (!id.safeParse(k).success) continue;
        const r = schema.safeParse(v);
        if (r.success) out[k] = r.data as T;
      }
    return out;
  };
  const story = {
    title: perLang(() => ''),
    summary: perLang(() => ''),
    credits: perLang(() => ''),
    places: records(d.places, placeSchema),
    layers: records(d.layers, layerSchema),
    sections: records(d.sections, sectionSchema),
    chapters,
  };
  return { story, metrics };
}

// Messages quote what the file says; a quote can be 20,000 characters long, and an editor needs only its start.
const MAX_MESSAGE_CHARS = 500;

function clipped(message: string): string {
  return message.length > MAX_MESSAGE_CHARS ? `${message.slice(0, MAX_MESSAGE_CHARS - 1)}…` : message;
}

function sortProblems(ps: Problem[]): Problem[] {
  return ps.sort((a, b) => a.line - b.line || a.col - b.col);
}

// An editor fixes the first few problems and runs the check again; ten thousand lines of them help nobody, and a
// hostile file can make that many.
const MAX_PROBLEMS = 100;

function capped(ps: Problem[]): Problem[] {
  if (ps.length <= MAX_PROBLEMS) return ps;
  const rest = ps.slice(MAX_PROBLEMS);
  const { file, line, col } = rest[0]!;
  const more: Problem = { file, line, col, message: `... and ${rest.length} more problem(s) from here on` };
  // Warnings alone do not stop a story, so neither does the line that stands for them.
  return [...ps.slice(0, MAX_PROBLEMS), rest.every((p) => p.warning) ? { ...more, warning: true } : more];
}
