// A problem found in a story file, located so an editor can jump to it: `file:line:col: message (hint)`.
export interface Problem {
  file: string;
  line: number;
  col: number;
  message: string;
  hint?: string;
}

export function formatProblem(p: Problem): string {
  const at = `${p.file}:${p.line}:${p.col}: ${p.message}`;
  return p.hint ? `${at}\n    hint: ${p.hint}` : at;
}
