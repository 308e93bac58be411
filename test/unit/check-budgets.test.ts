// The bench's budgets: the first map pixels within a frame of the text's paint, on desktop and on a phone; the live
// map on screen against the floor's; what the opening's view fetched by then.
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkBudgets, type BudgetInputs } from '../../bench/check-budgets';
import { mediaBytes } from '../../bench/media-bytes';
import { MAX_MEDIA_BYTES } from '../../scripts/media/media-budget';

const INPUTS: BudgetInputs = {
  assets: { ownJs: 30 * 1024, geodata: 10 * 1024, files: {} },
  storyReady: 1500,
  storyOnscreen: 1800,
  baselineOnscreen: 1000,
  bytesByOnscreen: 400 * 1024,
  openingBasemap: 18 * 1024,
  storyFcp: 200,
  storyFirstPixels: 200,
  lighthouse: { story: 0.7, floor: 0.6 },
  foreign: 0,
};
const lagBudgets = (inputs: BudgetInputs) =>
  checkBudgets(inputs).filter((b) => b.name.startsWith('story first map pixels'));

describe('the first map pixels budgets', () => {
  it('hold when the map paints with the text, and break a frame later', () => {
    expect(lagBudgets(INPUTS).map((b) => [b.actual, b.pass])).toEqual([['0 ms', true]]);
    expect(lagBudgets({ ...INPUTS, storyFirstPixels: 217 })[0]).toMatchObject({
      actual: '17 ms',
      pass: false,
    });
  });

  it('judge the phone on its own figures, when measured', () => {
    const phone = (firstPixels: number | null) =>
      lagBudgets({ ...INPUTS, phone: { fcp: 150, firstPixels } }).find((b) => b.name.includes('phone'));
    expect(phone(150)).toMatchObject({ actual: '0 ms', pass: true });
    expect(phone(300)).toMatchObject({ actual: '150 ms', pass: false });
    expect(phone(null)).toMatchObject({ actual: 'not measured', pass: false });
  });
});

describe('the live map on screen', () => {
  const named = (inputs: BudgetInputs, start: string) =>
    checkBudgets(inputs).find((b) => b.name.startsWith(start))!;

  it('is judged on the frame shown, at most 1.5 times the floor’s, not on the ready signal', () => {
    const ratio = (storyOnscreen: number | null, storyReady = 1500) =>
      named({ ...INPUTS, storyOnscreen, storyReady }, 'story live map on screen');
    expect(ratio(1500)).toMatchObject({ actual: '1.50×', pass: true });
    expect(ratio(1510, 900)).toMatchObject({ actual: '1.51×', pass: false });
    expect(ratio(null)).toMatchObject({ actual: 'not measured', pass: false });
  });

  it('holds the bytes by then and the opening’s basemap to what they were before tiles', () => {
    const bytes = (bytesByOnscreen: number) => named({ ...INPUTS, bytesByOnscreen }, 'transferred by');
    expect(bytes(492 * 1024).pass).toBe(true);
    expect(bytes(493 * 1024)).toMatchObject({ actual: '493.0 KB', pass: false });
    const basemap = (openingBasemap: number | null) =>
      named({ ...INPUTS, openingBasemap }, "the opening view's");
    expect(basemap(20 * 1024)).toMatchObject({ actual: '20.0 KB', pass: true });
    expect(basemap(21 * 1024).pass).toBe(false);
    expect(basemap(null).pass).toBe(false);
  });
});

describe("each story's pictures", () => {
  it('stand as a figure of their own per story, held to the media budget the build holds them to', () => {
    const rows = (media: Record<string, number>) =>
      checkBudgets({ ...INPUTS, media }).filter((b) =>
        b.name.endsWith('its pictures, every size and format'),
      );
    expect(rows({}).length).toBe(0);
    expect(
      rows({ 'zhoushan-islands': 32219, big: MAX_MEDIA_BYTES + 1 }).map((b) => [
        b.name,
        b.actual,
        b.limit,
        b.pass,
      ]),
    ).toEqual([
      ['zhoushan-islands: its pictures, every size and format', '31.5 KB', '≤ 3072.0 KB', true],
      ['big: its pictures, every size and format', '3072.0 KB', '≤ 3072.0 KB', false],
    ]);
  });

  it('are read off the built site, story by story', () => {
    const dist = mkdtempSync(join(tmpdir(), 'media-bytes-'));
    mkdirSync(join(dist, 'a', 'media'), { recursive: true });
    mkdirSync(join(dist, 'b'));
    writeFileSync(join(dist, 'a', 'media', 'x-320.avif'), new Uint8Array(1000));
    writeFileSync(join(dist, 'a', 'media', 'x-320.webp'), new Uint8Array(24));
    expect(mediaBytes(dist)).toEqual({ a: 1024 });
  });
});
