// A seeded property test of the checker: story files mutated and made up at random must never make it throw or
// hang, and whatever it says must be located. A story it passes must build. Another seed, by hand:
//   FUZZ_SEED=12345 FUZZ_CASES=2000 npx vitest run --project unit test/unit/checker-fuzz.test.ts
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/geo/gazetteer';
import { loadCoverage } from '../../scripts/stories/load-stories';
import { checkStory } from '../../src/check/check';
import { formatProblem } from '../../src/check/problem';
import { resolveStory } from '../../src/check/resolve';
import { cpuMs } from './cpu-time';

const SEED = Number(process.env.FUZZ_SEED ?? 20261129);
const CASES = Number(process.env.FUZZ_CASES ?? 300);

const gazetteer = JSON.parse(readFileSync('geodata/gazetteer.json', 'utf8')) as Gazetteer;
const coverage = loadCoverage();
const BASES = [
  readFileSync('test/unit/fixtures/minimal-story.yaml', 'utf8'),
  readFileSync('stories/ningbo-town-race/story.yaml', 'utf8'),
];
const FILE = 'stories/fuzz/story.yaml';

/** mulberry32: small, fast, and the same sequence for a seed on every machine. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  return { next, int, pick };
}
type Random = ReturnType<typeof random>;

const ODD_CHARS = [
  '\u0000',
  '\u0007',
  '\t',
  '\r',
  '\u00a0',
  '\u200b',
  '\u200e',
  '\u202e',
  '\u2028',
  '\u3000',
  '\ufeff',
  '\ufffd',
  '\ud800',
  '\udc00',
  '😀',
  '𠀀',
  '宁波',
  'é',
  '"',
  "'",
  ':',
  '#',
  '&',
  '*',
  '!',
  '|',
  '>',
  '%',
  '@',
  '`',
  '{',
  '}',
  '[',
  ']',
  ',',
  '-',
  '?',
  '<',
  '\\',
  '\n',
  ' ',
];
const ODD_NUMBERS = [
  '1e400',
  '-1e400',
  '.inf',
  '-.inf',
  '.nan',
  '.NaN',
  '1e300',
  '-0',
  '0x1F',
  '0o17',
  '1_000',
  '1e-400',
  '5e-324',
  '99999999999999999999999',
  '1.7976931348623157e308',
  '+12',
  '.5',
  '12.',
  '~',
  'null',
  'true',
  '"121.8"',
  '[1, 2]',
];
const ODD_IDS = [
  'constructor',
  '__proto__',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'title-one',
  'popup-title-harbour',
  'app',
  'sources',
  'story-text',
  'embed-code-iframe',
  'a'.repeat(65),
  'x'.repeat(5000),
  'Harbour',
  'a--b',
  '-a',
  '',
];

function randomChars(r: Random, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += r.next() < 0.5 ? r.pick(ODD_CHARS) : String.fromCharCode(r.int(0x10000));
  return s;
}

/** A random YAML value, nested up to `depth`. */
function randomYaml(r: Random, depth: number): string {
  const scalar = () =>
    r.pick([
      () => r.pick(ODD_NUMBERS),
      () => r.pick(ODD_IDS),
      () => JSON.stringify(randomChars(r, r.int(12))),
      () => `'${'<a'.repeat(r.int(200))}'`,
      () => '&a x',
      () => '*a',
      () => '!!binary aGVsbG8=',
      () => '!!js/function "f() {}"',
      () => '!unknown x',
      () => `"${' '.repeat(r.int(30_000))}"`,
      () => '|\n  block\n\n  text',
    ])();
  if (depth <= 0 || r.next() < 0.3) return scalar();
  const n = r.int(4);
  const items = Array.from({ length: n }, () => randomYaml(r, depth - 1).replace(/\n/g, ' '));
  return r.next() < 0.5
    ? `[${items.join(', ')}]`
    : `{${items.map((v) => `${r.pick([...ODD_IDS.slice(0, 8), 'lon', 'lat', 'id', 'place', '<<'])}: ${v}`).join(', ')}}`;
}

/** One mutation of a story file's text. */
function mutate(r: Random, text: string): string {
  const lines = text.split('\n');
  const at = r.int(lines.length);
  const pos = r.int(text.length + 1);
  const mutations: (() => string)[] = [
    () => lines.filter((_, i) => i !== at).join('\n'),
    () => [...lines.slice(0, at + 1), lines[at]!, ...lines.slice(at + 1)].join('\n'),
    () => {
      const b = r.int(lines.length);
      [lines[at], lines[b]] = [lines[b]!, lines[at]!];
      return lines.join('\n');
    },
    () => text.slice(0, pos) + randomChars(r, 1 + r.int(8)) + text.slice(pos),
    () => text.replace(/-?\d+(\.\d+)?(?=[,}\s])/, () => r.pick(ODD_NUMBERS)),
    () => {
      // Replace the n-th number, not just the first.
      let n = r.int(40);
      return text.replace(/-?\d+(\.\d+)?(?=[,}\s])/g, (m) => (n-- === 0 ? r.pick(ODD_NUMBERS) : m));
    },
    () => {
      let n = r.int(30);
      return text.replace(/\b(id|place|section): ([a-z0-9-]+)/g, (m, k: string) =>
        n-- === 0 ? `${k}: ${r.pick(ODD_IDS)}` : m,
      );
    },
    () => text.replace(/^( {2})([a-z0-9-]+):/m, (_, s: string) => `${s}${r.pick(ODD_IDS)}:`),
    () => {
      const bomb = ['x: &a [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]'];
      for (let k = 1; k < 2 + r.int(6); k++)
        bomb.push(`x${k}: &${'abcdefgh'[k]} [${`*${'abcdefgh'[k - 1]}, `.repeat(10).slice(0, -2)}]`);
      return `${bomb.join('\n')}\n${text}`;
    },
    () => text.replace(/en: ([^,}\n]+)/, 'en: &r $1').replace(/en: ([^,}\n&]+)}/, 'en: *r}'),
    () => text.replace(/: \{/, ': &m {').replace(/\n {2}([a-z]+): \{/, '\n  $1: {<<: *m, '),
    () => text.slice(0, pos) + '['.repeat(r.int(3000)) + text.slice(pos),
    () =>
      `${lines.slice(0, at).join('\n')}\n${'  '.repeat(r.int(200))}deep: ${'{a: '.repeat(r.int(400))}x\n${lines.slice(at).join('\n')}`,
    () =>
      text.replace(
        /en: [^,}\n]+/,
        `en: "${r.pick(['<a', ' ', '\\n', 'x', '1 ', '下降1'])}`.repeat(1) +
          r.pick(['<a', ' ', '\\n', 'x', '1 ', '下降1']).repeat(r.int(25_000)) +
          '"',
      ),
    () => text.replace(/quote: "[^"]*"/, `quote: "${'下降1'.repeat(r.int(7000))}"`),
    () =>
      text.replace(/unit: \{zh: ([^,]+), en: [^}]+\}/, `unit: {zh: $1, en: "x10${' '.repeat(r.int(300))}y"}`),
    () => text.slice(0, pos),
    () => lines.map((l, i) => (i === at ? l.replace(/^ {2}/, '') : l)).join('\n'),
    () => lines.map((l, i) => (i === at ? ` ${l}` : l)).join('\n'),
    () => `${lines.slice(0, at).join('\n')}\n${randomYaml(r, 4)}\n${lines.slice(at).join('\n')}`,
    () => text.replace(/: [^\n]+/, `: ${randomYaml(r, 5)}`),
    () =>
      r.pick(['%YAML 1.1\n---\n', '---\n', '--- !!map\n', '']) +
      text +
      r.pick(['\n---\nsecond: doc\n', '\n...\n', '']),
    () => text.replace(/\n/g, '\r\n'),
    () => text.replace(/precision_m: \d+/, `precision_m: ${r.pick(['1e300', '100001', '0', '-5', '.inf'])}`),
  ];
  return r.pick(mutations)();
}

function storyCase(r: Random): string {
  // One case in ten is YAML made up from nothing; the rest are real stories with one to four mutations.
  if (r.next() < 0.1)
    return Array.from(
      { length: 1 + r.int(8) },
      () => `${r.pick(['title', 'places', 'chapters', 'x'])}: ${randomYaml(r, 4)}`,
    ).join('\n');
  // The long story costs most to check: one case in four starts from it.
  let text = r.next() < 0.25 ? BASES[1]! : BASES[0]!;
  for (let k = 1 + r.int(4); k > 0; k--) text = mutate(r, text);
  return text;
}

describe(`checkStory on random and mutated stories (FUZZ_SEED=${SEED}, ${CASES} cases)`, () => {
  it(
    'never throws, never hangs, and locates every problem; a story it passes builds',
    { timeout: 120_000 },
    () => {
      const r = random(SEED);
      // Warm: the first check compiles the schema and the patterns.
      checkStory({ file: FILE, text: BASES[1]!, gazetteer, coverage });
      let ok = 0;
      let slowest = { ms: 0, n: -1 };
      for (let n = 0; n < CASES; n++) {
        const text = storyCase(r);
        const context = () => `case ${n} of seed ${SEED}:\n${text.slice(0, 2000)}`;
        const start = cpuMs();
        let result: ReturnType<typeof checkStory>;
        try {
          result = checkStory({ file: FILE, text, gazetteer, coverage });
        } catch (e) {
          throw new Error(`checkStory threw ${String(e)} on ${context()}`, { cause: e });
        }
        const ms = cpuMs() - start;
        if (ms > slowest.ms) slowest = { ms, n };
        for (const p of result.problems) {
          expect(p.file, context()).toBe(FILE);
          expect(Number.isInteger(p.line) && p.line >= 1, `${formatProblem(p)}\n${context()}`).toBe(true);
          expect(Number.isInteger(p.col) && p.col >= 1, `${formatProblem(p)}\n${context()}`).toBe(true);
          expect(typeof p.message === 'string' && p.message.length > 0, context()).toBe(true);
          expect(p.message.length, `${formatProblem(p)}`.slice(0, 300)).toBeLessThan(1000);
        }
        if (result.ok) {
          ok++;
          expect(() => resolveStory('fuzz', result.story, gazetteer), context()).not.toThrow();
        } else
          expect(
            result.problems.some((p) => !p.warning),
            context(),
          ).toBe(true);
      }
      console.log(
        `fuzz seed ${SEED}: ${CASES} cases, ${ok} passed the checker, slowest case ${slowest.n} at ${slowest.ms.toFixed(0)} ms`,
      );
      // The mutations are not all fatal: some stories should still pass, or the generator has gone wrong.
      expect(ok).toBeGreaterThan(0);
    },
  );
});
