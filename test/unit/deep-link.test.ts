// Whatever the address holds, the deep link names a chapter or none: it never throws (a throw during hydration
// used to empty the page).
import { describe, expect, it } from 'vitest';
import { chapterInHash } from '../../src/story/chapter-in-hash';

const ids = ['opening', 'zhuangshi-port', '庄市', 'closing'];

describe('chapterInHash', () => {
  it('finds the chapter a hash names, with or without its #, escaped or not', () => {
    expect(chapterInHash(ids, '#zhuangshi-port')).toBe(1);
    expect(chapterInHash(ids, 'closing')).toBe(3);
    expect(chapterInHash(ids, '#%7Ahuangshi-port')).toBe(1);
    expect(chapterInHash(ids, '#%E5%BA%84%E5%B8%82')).toBe(2);
  });

  it('names no chapter for an empty, unknown or differently cased hash', () => {
    for (const hash of ['', '#', '#nowhere', '#Opening', '#opening ', '#opening/'])
      expect(chapterInHash(ids, hash), hash).toBe(-1);
  });

  it('never throws on malformed escapes', () => {
    for (const hash of ['#100%', '#%E0%A4%A', '#%', '#%%', '#%zz', '#%C0%AF', '#%ED%A0%80', '#opening%'])
      expect(chapterInHash(ids, hash), hash).toBe(-1);
  });

  it('takes a 10,000-character hash, escaped or not, as naming nothing', () => {
    expect(chapterInHash(ids, `#${'a'.repeat(10_000)}`)).toBe(-1);
    expect(chapterInHash(ids, `#${'%'.repeat(10_000)}`)).toBe(-1);
    expect(chapterInHash(ids, `#${'%E5%BA%84'.repeat(2_000)}`)).toBe(-1);
  });

  it('never throws on any short string of URL characters', () => {
    const alphabet = '%#?&=/.-_~!$()*+,;:@[]abcAZ09E5BA84 \u00e9\u5e84\ud83d\ude00';
    let seed = 1;
    const next = () => (seed = (seed * 48271) % 2147483647);
    for (let n = 0; n < 5_000; n++) {
      const hash = Array.from({ length: next() % 24 }, () => alphabet[next() % alphabet.length]).join('');
      expect(() => chapterInHash(ids, hash), hash).not.toThrow();
    }
  });

  it('with no chapters, names none', () => {
    expect(chapterInHash([], '#opening')).toBe(-1);
  });
});
