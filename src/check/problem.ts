// A problem found in a story file, located so an editor can jump to it: `file:line:col: message (hint)`.
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
