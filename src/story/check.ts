// Reads one story file and reports every problem in it (not just the first) with the line and column it is on.
import { LineCounter, parseDocument } from 'yaml';
import type { Gazetteer } from '../geo/gazetteer';
import { describeIssue } from './describe-issue.ts';
import { formatPath, locate } from './locate.ts';
import type { Problem } from './problem';
import { storyRules } from './rules.ts';
import { storySchema, type Story } from './schema.ts';

export interface CheckInput {
  file: string;
  text: string;
  gazetteer: Gazetteer;
  /** The story's source.txt, when it has one: quotes must occur in it verbatim. */
  source?: string;
}

export type CheckResult = { ok: true; story: Story; problems: [] } | { ok: false; problems: Problem[] };

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

  const at = (path: readonly PropertyKey[], message: string, hint?: string, key?: boolean): Problem => ({
    file,
    ...locate(doc, lines, path, { key }),
    message,
    ...(hint ? { hint } : {}),
  });

  const parsed = storySchema.safeParse(doc.toJS(), { reportInput: true });
  if (!parsed.success) {
    const problems = parsed.error.issues.flatMap((issue) => {
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
    return { ok: false, problems: sortProblems(problems) };
  }

  const findings = storyRules(parsed.data, gazetteer, source);
  if (findings.length > 0)
    return { ok: false, problems: sortProblems(findings.map((f) => at(f.path, f.message, f.hint, f.key))) };
  return { ok: true, story: parsed.data, problems: [] };
}

function sortProblems(ps: Problem[]): Problem[] {
  return ps.sort((a, b) => a.line - b.line || a.col - b.col);
}
