// Maps a data path (["chapters", 2, "view", "zoom"]) back to the line and column of the YAML that holds it, so
// errors point at what the editor wrote rather than at the parsed object.
import { isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';

export type DataPath = readonly PropertyKey[];

function child(node: unknown, key: PropertyKey, wantKey: boolean): Node | undefined {
  if (isMap(node)) {
    const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(key));
    if (!pair) return undefined;
    return (wantKey ? pair.key : (pair.value ?? pair.key)) as Node;
  }
  if (isSeq(node) && typeof key === 'number') return node.items[key] as Node | undefined;
  return undefined;
}

/** The position of the node at `path`, or of its deepest existing ancestor when the field is missing. */
export function locate(
  doc: Document,
  lines: LineCounter,
  path: DataPath,
  opts: { key?: boolean } = {},
): { line: number; col: number } {
  let node: unknown = doc.contents;
  for (let i = 0; i < path.length; i++) {
    const last = i === path.length - 1;
    const next = child(node, path[i]!, last && opts.key === true);
    if (!next) break;
    node = next;
  }
  const offset = isPair(node) ? 0 : ((node as Node | null)?.range?.[0] ?? 0);
  return lines.linePos(offset);
}

export function formatPath(path: DataPath): string {
  return path
    .map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? String(k) : `.${String(k)}`))
    .join('');
}
