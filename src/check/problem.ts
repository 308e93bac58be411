// A problem found in a story file, located so an editor can jump to it: `file:line:col: message (hint)`.
import type { DataPath } from './locate';

/** What a rule finds, at a path in the story's data: located in the file (a Problem) once the rules are done. */
export interface Finding {
  path: DataPath;
  message: string;
  hint?: string;
  key?: boolean;
  /** Reported, but the story still builds: something an editor should look at, not a wrong fact. */
  warning?: boolean;
}

export interface Problem {
  file: string;
  line: number;
  col: number;
  message: string;
  hint?: string;
  /** Does not stop the story from building. */
  warning?: boolean;
}

export function formatProblem(p: Problem): string {
  const at = `${p.file}:${p.line}:${p.col}: ${p.warning ? 'warning: ' : ''}${p.message}`;
  return p.hint ? `${at}\n    hint: ${p.hint}` : at;
}
