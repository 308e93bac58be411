// What a reader must see of the map at rest on a chapter, measured in the page: no two markers overlapping, and
// every label whole or not there (issue 15: "Zhenhai Distric…" cut at the map's edge, 象山县 and 宁海县 under the
// language switch). The place labels (HTML markers) must lie inside the map and clear of every control over it; the
// basemap's labels (drawn by MapLibre in the canvas) must leave no ink on the map's outermost pixels and none under
// a control. The basemap's labels are found by what the reader sees of them, their text colours (no other feature is
// drawn that dark), with the controls made invisible for the one screenshot: a test that measured them as the map
// does would share its errors.
import type { Page } from 'playwright-core';
import { PALETTE } from '../../src/map/style/palette';
import { decoderIn, type DecodePng } from '../../scripts/browser/page-png';
import type { Box } from './map-pixels';

/** Pairs of visible markers whose rendered boxes (label or pin) overlap. */
export function overlappingMarkers(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const boxes = [...document.querySelectorAll<HTMLElement>('[data-place-id]')].map((el) => ({
      id: el.dataset.placeId!,
      label: el.querySelector('.label')!.getBoundingClientRect(),
      whole: el.getBoundingClientRect(),
    }));
    const hit = (a: DOMRect, b: DOMRect) =>
      a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    const out: string[] = [];
    boxes.forEach((a, i) =>
      boxes.slice(i + 1).forEach((b) => {
        if (hit(a.label, b.whole) || hit(a.whole, b.label)) out.push(`${a.id} × ${b.id}`);
      }),
    );
    return out;
  });
}

/** Everything that lies over the map: the chapter nav, the language switch, the locator, MapLibre's controls. */
const CONTROLS = ['nav.chapter-nav', '.lang-slot', '.locator', '.maplibregl-ctrl'];
// Ink of a label's glyphs: within this of the label colours in every channel (their anti-aliased rims are lighter).
const INK_TOLERANCE = 24;
/** How deep (CSS px) the map's edge is looked at. */
const EDGE = 1;

interface Named extends Box {
  name: string;
}

/** The map's canvas and the controls over it, in the page's CSS px. */
function layout(page: Page): Promise<{ map: Box; controls: Named[]; places: Named[] }> {
  return page.evaluate((selectors) => {
    const box = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    };
    const controls = selectors.flatMap((s) =>
      [...document.querySelectorAll(s)]
        .map((el) => ({ name: s, ...box(el) }))
        .filter((b) => b.width > 0 && b.height > 0),
    );
    const places = [...document.querySelectorAll<HTMLElement>('[data-place-id]')].map((el) => ({
      name: el.dataset.placeId!,
      ...box(el.querySelector('.label')!),
    }));
    return { map: box(document.querySelector('.story-map canvas')!), controls, places };
  }, CONTROLS);
}

const hit = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (a: Box, b: Box) =>
  a.x >= b.x && a.y >= b.y && a.x + a.width <= b.x + b.width && a.y + a.height <= b.y + b.height;

/** How many pixels of label ink the canvas shows in each of `regions` (CSS px relative to the canvas). */
async function inkIn(page: Page, regions: Named[], scale: number): Promise<number[]> {
  // Controls and markers out of sight for the screenshot only; visibility keeps the layout (and the map) as it is.
  // Through the CSSOM: the page's own policy refuses a <style> it has no hash for.
  const hide = (on: boolean, selector: string) =>
    page.evaluate(
      ({ on, selector }) => {
        for (const el of document.querySelectorAll<HTMLElement>(selector))
          el.style.setProperty('visibility', on ? 'hidden' : '', on ? 'important' : '');
      },
      { on, selector },
    );
  const selector = [...CONTROLS, '.maplibregl-marker'].join(',');
  await hide(true, selector);
  const png = (await page.locator('.story-map canvas').screenshot()).toString('base64');
  await hide(false, selector);
  await decoderIn(page);
  const inks = [PALETTE.label, PALETTE.cityLabel].map((hex) =>
    [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)),
  );
  return page.evaluate(
    async ({ png, regions, scale, inks, tolerance }) => {
      const decode = (globalThis as unknown as { decodePng: DecodePng }).decodePng;
      const { data, width, height } = await decode(png);
      return regions.map((r) => {
        const x0 = Math.max(0, Math.floor(r.x * scale));
        const y0 = Math.max(0, Math.floor(r.y * scale));
        const x1 = Math.min(width, Math.ceil((r.x + r.width) * scale));
        const y1 = Math.min(height, Math.ceil((r.y + r.height) * scale));
        let n = 0;
        for (let y = y0; y < y1; y++)
          for (let x = x0; x < x1; x++) {
            const i = (y * width + x) * 4;
            if (inks.some((ink) => ink.every((v, c) => Math.abs(data[i + c]! - v) <= tolerance))) n++;
          }
        return n;
      });
    },
    { png, regions, scale, inks, tolerance: INK_TOLERANCE },
  );
}

/** What the reader would see cut or covered in the view at rest: one line per label and where. */
export async function cutLabels(page: Page, scale: number): Promise<string[]> {
  const { map, controls, places } = await layout(page);
  const out: string[] = [];
  for (const p of places) {
    if (!inside(p, map)) out.push(`place label ${p.name} crosses the map's edge`);
    for (const c of controls.filter((c) => hit(p, c))) out.push(`place label ${p.name} under ${c.name}`);
  }
  const rel = (b: Named): Named => ({ ...b, x: b.x - map.x, y: b.y - map.y });
  const edges: Named[] = [
    { name: 'top edge', x: 0, y: 0, width: map.width, height: EDGE },
    { name: 'bottom edge', x: 0, y: map.height - EDGE, width: map.width, height: EDGE },
    { name: 'left edge', x: 0, y: 0, width: EDGE, height: map.height },
    { name: 'right edge', x: map.width - EDGE, y: 0, width: EDGE, height: map.height },
  ];
  const regions = [...edges, ...controls.map(rel)];
  const ink = await inkIn(page, regions, scale);
  regions.forEach((r, i) => {
    if (ink[i]! > 0) out.push(`basemap label ink on the ${r.name}: ${ink[i]} px`);
  });
  return out;
}
