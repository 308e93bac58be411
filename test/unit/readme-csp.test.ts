// The policy docs/embedding.md gives newsrooms is the one the browser tests prove (test/browser/host-csp.ts).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { embedDirectives } from '../browser/host-csp';

const doc = readFileSync(resolve(import.meta.dirname, '../../docs/embedding.md'), 'utf8');
const section = doc.split(/^## /m).find((s) => s.startsWith("Under the news page's Content-Security-Policy"));

describe('docs/embedding.md: embedding under a Content-Security-Policy', () => {
  it('has its section on the news page’s policy', () => {
    expect(section).toBeDefined();
  });

  it('lists, for each embed code, exactly the directives the browser tests set', () => {
    for (const kind of ['iframe', 'element'] as const) {
      const row = section!.split('\n').find((line) => line.startsWith(`| ${kind} `));
      expect(row, kind).toBeDefined();
      expect(row!.split('|')[2]!.trim(), kind).toBe(
        `\`${embedDirectives('https://your.site', kind).join('; ')}\``,
      );
    }
  });
});
