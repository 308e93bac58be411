// Strict JSON (RFC 8259) read with the offset of every object and array, so a problem deep inside a layer file (one
// coordinate out of the region) is reported at its own line and column. JSON.parse says neither reliably: Node's
// messages carry a position for some errors and not for others.
import { MAX_NESTING } from '../story/limits.ts';

export type JsonParse =
  | { ok: true; value: unknown; offsetOf: (node: object, key?: string) => number }
  | { ok: false; offset: number; message: string };

class Fault extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WHITESPACE = /[ \t\n\r]*/y;

export function parseJson(text: string): JsonParse {
  const offsets = new WeakMap<object, number>();
  // Where each member's value starts, for a problem with a scalar ("type": "Feture").
  const members = new WeakMap<object, Map<string, number>>();
  let i = 0;
  const found = () =>
    i >= text.length ? 'the end of the file' : JSON.stringify(text.slice(i, i + 12).split(/[\r\n]/)[0]);
  const skip = () => {
    WHITESPACE.lastIndex = i;
    WHITESPACE.test(text);
    i = WHITESPACE.lastIndex;
  };
  const expect = (c: string, what: string) => {
    skip();
    if (text[i] !== c) throw new Fault(i, `expected ${what}, found ${found()}`);
    i++;
  };
  const string = (): string => {
    const start = i;
    i++;
    for (;;) {
      const c = text.charCodeAt(i);
      if (Number.isNaN(c)) throw new Fault(start, 'a string is not closed: expected a closing "');
      if (c === 0x22) break;
      if (c < 0x20) throw new Fault(i, 'expected \\n or \\t inside a string, found a raw control character');
      i += c === 0x5c ? 2 : 1;
    }
    i++;
    try {
      return JSON.parse(text.slice(start, i)) as string;
    } catch {
      throw new Fault(
        start,
        'a string has an escape JSON does not know (expected \\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)',
      );
    }
  };
  const value = (depth: number): unknown => {
    skip();
    const start = i;
    const c = text[i];
    if (c === '{' || c === '[') {
      if (depth >= MAX_NESTING) throw new Fault(i, `nested more than ${MAX_NESTING} deep`);
      i++;
      const node = c === '{' ? {} : [];
      offsets.set(node, start);
      skip();
      const close = c === '{' ? '}' : ']';
      if (text[i] === close) {
        i++;
        return node;
      }
      for (;;) {
        if (Array.isArray(node)) node.push(value(depth + 1));
        else {
          skip();
          if (text[i] !== '"') throw new Fault(i, `expected a "quoted" property name, found ${found()}`);
          const key = string();
          expect(':', `':' after "${key.slice(0, 40)}"`);
          skip();
          let at = members.get(node);
          if (!at) members.set(node, (at = new Map()));
          at.set(key, i);
          // Defined, not assigned: a key "__proto__" stays a key.
          Object.defineProperty(node, key, {
            value: value(depth + 1),
            enumerable: true,
            writable: true,
            configurable: true,
          });
        }
        skip();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === close) {
          i++;
          return node;
        }
        throw new Fault(i, `expected ',' or '${close}', found ${found()}`);
      }
    }
    if (c === '"') return string();
    for (const [word, v] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const)
      if (text.startsWith(word, i)) {
        i += word.length;
        return v;
      }
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(text);
    if (m) {
      i += m[0].length;
      return Number(m[0]);
    }
    throw new Fault(
      i,
      `expected a value (an object, list, string, number, true, false or null), found ${found()}`,
    );
  };
  try {
    const v = value(0);
    skip();
    if (i < text.length) throw new Fault(i, `expected the end of the file, found ${found()}`);
    const offsetOf = (node: object, key?: string) =>
      (key !== undefined ? members.get(node)?.get(key) : undefined) ?? offsets.get(node) ?? 0;
    return { ok: true, value: v, offsetOf };
  } catch (e) {
    if (e instanceof Fault) return { ok: false, offset: e.offset, message: e.message };
    throw e;
  }
}

/** Line and column (both from 1) of `offset` in `text`. */
export function lineCol(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let start = 0;
  for (let at = text.indexOf('\n'); at !== -1 && at < offset; at = text.indexOf('\n', at + 1)) {
    line++;
    start = at + 1;
  }
  return { line, col: offset - start + 1 };
}
