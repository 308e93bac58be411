// Maps a data path (["chapters", 2, "view", "zoom"]) back to the line and column of the YAML that holds it, so
// errors point at what the editor wrote rather than at the parsed object.
import {
  isMap,
  isPair,
  isScalar,
  isSeq,
  type Document,
  type LineCounter,
  type Node,
  type Pair,
  type YAMLMap,
} from 'yaml';

export type DataPath = readonly PropertyKey[];

// Each mapping's pairs by key, built once: a file with ten thousand places and a problem in each would otherwise
// search the mapping once per problem.
const byKey = new WeakMap<YAMLMap, Map<string, Pair>>();

function pairOf(map: YAMLMap, key: PropertyKey): Pair | undefined {
  let index = byKey.get(map);
  if (!index) {
    index = new Map();
    for (const p of map.items)
      if (isScalar(p.key) && !index.has(String(p.key.value))) index.set(String(p.key.value), p);
    byKey.set(map, index);
  }
  return index.get(String(key));
}

function child(node: unknown, key: PropertyKey, wantKey: boolean): Node | undefined {
  if (isMap(node)) {
    const pair = pairOf(node, key);
    if (!pair) return undefined;
    return (wantKey ? pair.key : (pair.value ?? pair.key)) as Node;
  }
  if (isSeq(node) && typeof key === 'number') return node.items[key] as Node | undefined;
  return undefined;
}

/** The node at `path`, or its deepest existing ancestor when the field is missing. */
export function nodeAt(doc: Document, path: DataPath, opts: { key?: boolean } = {}): Node | null {
  let node: unknown = doc.contents;
  for (let i = 0; i < path.length; i++) {
    const last = i === path.length - 1;
    const next = child(node, path[i]!, last && opts.key === true);
    if (!next) break;
    node = next;
  }
  return isPair(node) ? null : ((node as Node | null) ?? null);
}

/** The position of the node at `path`, or of its deepest existing ancestor when the field is missing. */
export function locate(
  doc: Document,
  lines: LineCounter,
  path: DataPath,
  opts: { key?: boolean } = {},
): { line: number; col: number } {
  return lines.linePos(nodeAt(doc, path, opts)?.range?.[0] ?? 0);
}

export function formatPath(path: DataPath): string {
  return path
    .map((k, i) => {
      if (typeof k === 'number') return `[${k}]`;
      // A key too long to be an id is reported as one; the message need not repeat all of it.
      const name = String(k).length > 40 ? `${String(k).slice(0, 37)}…` : String(k);
      return i === 0 ? name : `.${name}`;
    })
    .join('');
}
