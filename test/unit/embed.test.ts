import { describe, expect, it } from 'vitest';
import { embedCodes, siteBase } from '../../src/page/embed-codes';
import { heightOf, parsePymMessage, pymMessage } from '../../src/host/pym-messages';
import { toneClass, toneCss } from '../../src/story/tones';
import type { ResolvedStory } from '../../src/story/types';

describe('pym.js messages', () => {
  it('round-trips what pym.js parents send and expect', () => {
    const m = pymMessage({ id: 'story', type: 'height', value: '640' });
    expect(m).toBe('pymxPYMxstoryxPYMxheightxPYMx640');
    expect(parsePymMessage(m)).toEqual({ id: 'story', type: 'height', value: '640' });
    expect(parsePymMessage('pymxPYMxxPYMxwidthxPYMx480')).toEqual({ id: '', type: 'width', value: '480' });
  });

  it('rejects anything else, and heights that are not plain pixel counts', () => {
    for (const bad of [42, { height: 1 }, 'hello', 'pymxPYMxaxPYMxheight', 'notpymxPYMxaxPYMxheightxPYMx1'])
      expect(parsePymMessage(bad)).toBeNull();
    const height = (value: string) => heightOf({ id: '', type: 'height', value });
    expect(height('640')).toBe(640);
    for (const bad of ['-5', '1e9', '12px', '', 'alert(1)', '99999999']) expect(height(bad)).toBeNull();
    expect(heightOf({ id: '', type: 'width', value: '640' })).toBeNull();
  });
});

describe('embed codes', () => {
  it('point at the site the page is published in, with the language', () => {
    const base = siteBase('https://news.example/maps/ningbo-town-race/?lang=en#simen');
    expect(base).toBe('https://news.example/maps/');
    const zh = embedCodes(base, 'ningbo-town-race', 'zh', '宁波“三镇”');
    expect(zh.iframe).toContain('src="https://news.example/maps/ningbo-town-race/embed/"');
    expect(zh.iframe).toContain('title="宁波“三镇”"');
    expect(zh.iframe).toContain('<script src="https://news.example/maps/embed.js" async></script>');
    expect(zh.element).toContain(
      '<story-map story="ningbo-town-race" lang="zh" site="https://news.example/maps/">',
    );
    // What the page shows where our script never runs: the locator map, a link to the story and a retry.
    expect(zh.element).toContain('src="https://news.example/maps/ningbo-town-race/maps/locator.zh.svg"');
    expect(zh.element).toContain('<a href="https://news.example/maps/ningbo-town-race/">阅读完整故事</a>');
    expect(zh.element).toContain('<a href="">重试</a>');
    expect(embedCodes(base, 'x', 'en', 't').iframe).toContain('/x/embed/?lang=en"');
  });

  it('escape a title that would break out of its attribute', () => {
    const codes = embedCodes('https://a.example/', 's', 'zh', '"><script>alert(1)</script>');
    expect(codes.iframe).not.toContain('<script>alert');
    expect(codes.iframe).toContain('title="&quot;>&lt;script>alert(1)&lt;/script>"');
    expect(codes.element).not.toContain('<script>alert');
  });
});

describe('tones', () => {
  it('give each colour of the story one class', () => {
    const story = {
      chapters: [{ color: '#1F6FB2' }, { color: '#1f6fb2' }, { color: '#c8671b' }],
    } as unknown as ResolvedStory;
    expect(toneClass('#1F6FB2')).toBe('tone-1f6fb2');
    expect(toneCss(story)).toBe('.tone-1f6fb2{--tone:#1f6fb2}\n.tone-c8671b{--tone:#c8671b}\n');
  });
});
