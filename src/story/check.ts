// Reads one story file and reports every problem in it (not just the first) with the line and column it is on.
import { LineCounter, parseDocument } from 'yaml';
import type { Gazetteer } from '../geo/gazetteer';
import { describeIssue } from './describe-issue.ts';
import { formatPath, locate } from './locate.ts';
import type { Problem } from './problem';
import { storyRules } from './rules.ts';
import type { DataPath } from './locate';
import { metricFindings } from './metric-rules.ts';
import {
  chapterSchema,
  metricSchema,
  placeSchema,
  sectionSchema,
  storySchema,
  type Story,
  type StoryMetric,
} from './schema.ts';

export interface CheckInput {
  file: string;
  text: string;
  gazetteer: Gazetteer;
  /** The story's source.txt, when it has one: quotes must occur in it verbatim. */
  source?: string;
}

/** `problems` are errors and warnings together, in file order; a story with warnings only is ok. */
export type CheckResult =
  { ok: true; story: Story; problems: Problem[] } | { ok: false; problems: Problem[] };

export function checkStory({ file, text, gazetteer, source }: CheckInput): CheckResult {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    // Only the first syntax error is reliable: the parser's later ones mostly follow from it.
    const problems = doc.errors.slice(0, 1).map((e): Problem => {
      const { line, col } = lines.linePos(e.pos[0]);
      return { file, line, col, message: `YAML syntax: ${e.message.split('\n')[0]}` };
    });
    return { ok: false, problems };
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
    message,
    ...(hint ? { hint } : {}),
    ...(warning ? { warning } : {}),
  });

  const data: unknown = doc.toJS();
  const parsed = storySchema.safeParse(data, { reportInput: true });
  const shapeProblems = parsed.success
    ? []
    : parsed.error.issues.flatMap((issue) => {
        if (issue.code === 'unrecognized_keys')
          return issue.keys.map((k) =>
            at(
              [...issue.path, k],
              describeIssue({ ...issue, keys: [k] }, formatPath(issue.path) || 'story'),
              undefined,
              true,
            ),
          );
        return [at(issue.path, describeIssue(issue, formatPath(issue.path) || 'story'))];
      });
  // The cross-field rules run on every part whose shape is right, even when other parts are wrong, so an editor
  // sees all of a file's problems in one run.
  const { story, metrics } = parsed.success ? { story: parsed.data, metrics: [] } : wellFormedParts(data);
  const findings = [
    ...storyRules(story, gazetteer, source),
    ...metrics.flatMap(({ metric, path }) => metricFindings(metric, path, source)),
  ];
  const ruleProblems = findings.map((f) => at(f.path, f.message, f.hint, f.key, f.warning));
  const problems = sortProblems([...shapeProblems, ...ruleProblems]);
  if (parsed.success && !problems.some((p) => !p.warning)) return { ok: true, story: parsed.data, problems };
  return { ok: false, problems };
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
        const r = schema.safeParse(v);
        if (r.success) out[k] = r.data as T;
      }
    return out;
  };
  const story = {
    title: { zh: '', en: '' },
    summary: { zh: '', en: '' },
    credits: { zh: '', en: '' },
    places: records(d.places, placeSchema),
    sections: records(d.sections, sectionSchema),
    chapters,
  };
  return { story, metrics };
}

function sortProblems(ps: Problem[]): Problem[] {
  return ps.sort((a, b) => a.line - b.line || a.col - b.col);
}
