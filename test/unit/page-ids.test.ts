// A chapter id may not clash with an id the page gives its own elements (src/check/page-ids.ts). This reads every
// id the page's sources write, so an element given a new id cannot go unlisted there.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGE_ID_PREFIXES, PAGE_IDS, pageIdClash } from '../../src/check/page-ids';

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : /\.(svelte|html)$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

// Ids written as an expression, and what each stands for. A new one fails the test until it is listed here and,
// if the page makes it, in page-ids.ts.
const EXPRESSIONS: Record<string, string> = {
  // The chapter's own id: the one being checked.
  'chapter.id': '',
  // SkipToText's TEXT_ID.
  TEXT_ID: 'story-text',
  // SharePanel's `embed-code-${kind}`.
  id: 'embed-code-',
};

describe('page ids', () => {
  const written = files('src').flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/\sid=(?:"([^"]*)"|\{([^}]*)\})|\s\{id\}/g)].map((m) => ({
      file,
      literal: m[1],
      expression: m[2] ?? (m[0].trim() === '{id}' ? 'id' : undefined),
    })),
  );

  it('finds the ids the sources write', () => {
    expect(written.length).toBeGreaterThan(5);
  });

  it('lists every id the page writes in page-ids.ts', () => {
    for (const { file, literal, expression } of written) {
      if (literal !== undefined) {
        // `title-{chapter.id}`: a prefix the page makes ids with; otherwise a fixed id.
        const prefix = /^([^{]*)\{/.exec(literal)?.[1];
        if (prefix !== undefined)
          expect(PAGE_ID_PREFIXES as readonly string[], `${file}: id="${literal}"`).toContain(prefix);
        else expect(PAGE_IDS as readonly string[], `${file}: id="${literal}"`).toContain(literal);
      } else {
        expect(Object.keys(EXPRESSIONS), `${file}: id={${expression}}`).toContain(expression);
        const stands = EXPRESSIONS[expression!]!;
        if (stands.endsWith('-')) expect(PAGE_ID_PREFIXES as readonly string[]).toContain(stands);
        else if (stands) expect(PAGE_IDS as readonly string[]).toContain(stands);
      }
    }
  });

  it('lets a chapter take any other id', () => {
    expect(pageIdClash('one')).toBeNull();
    expect(pageIdClash('subtitle-one')).toBeNull();
    expect(pageIdClash('title-one')).toMatch(/starts with "title-"/);
    expect(pageIdClash('app')).toMatch(/taken by the page itself/);
  });
});
