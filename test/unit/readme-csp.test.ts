// The policy README.md gives newsrooms is the one the browser tests prove (test/browser/host-csp.ts).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { embedDirectives } from '../browser/host-csp';

const readme = readFileSync(resolve(import.meta.dirname, '../../README.md'), 'utf8');
const section = readme.split(/^## /m).find((s) => s.startsWith('Embedding in a news page'))!;

describe('README: embedding under a Content-Security-Policy', () => {
  it('lists, for each embed code, exactly the directives the browser tests set', () => {
    for (const kind of ['iframe', 'element'] as const) {
      const row = section.split('\n').find((line) => line.startsWith(`| ${kind} `));
      expect(row, kind).toBeDefined();
      expect(row!.split('|')[2]!.trim(), kind).toBe(
        `\`${embedDirectives('https://your.site', kind).join('; ')}\``,
      );
    }
  });
});
