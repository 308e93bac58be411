// The build's cut of MapLibre's stylesheet (scripts/maplibre-css.ts), on the stylesheet of the installed MapLibre.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import postcss from 'postcss';
import { describe, expect, it } from 'vitest';
import { withoutUnusedControls } from '../../scripts/maplibre-css';

const original = readFileSync(
  createRequire(import.meta.url).resolve('maplibre-gl/dist/maplibre-gl.css'),
  'utf8',
);
const cut = withoutUnusedControls(original);

/** Every declaration of the rules whose selector list holds `selector` exactly. */
function declarations(css: string, selector: string): Record<string, string> {
  const found: Record<string, string> = {};
  postcss.parse(css).walkRules((rule) => {
    if (rule.selectors.includes(selector))
      rule.walkDecls((d) => {
        found[d.prop] = d.value;
      });
  });
  return found;
}

describe('MapLibre stylesheet as the build ships it', () => {
  it('keeps every rule of what the map shows: canvas, attribution, zoom buttons and their icons, scale, popups, markers', () => {
    for (const selector of [
      '.maplibregl-canvas',
      '.maplibregl-ctrl.maplibregl-ctrl-attrib',
      // It hides the attribution's button, which would otherwise show beside it.
      '.maplibregl-ctrl-attrib-button',
      '.maplibregl-ctrl-group button',
      '.maplibregl-ctrl button .maplibregl-ctrl-icon',
      '.maplibregl-ctrl-scale',
      '.maplibregl-popup-content',
      '.maplibregl-marker',
      '.maplibregl-cooperative-gesture-screen',
    ]) {
      const before = declarations(original, selector);
      expect(Object.keys(before), selector).not.toEqual([]);
      expect(declarations(cut, selector), selector).toEqual(before);
    }
  });

  it('leaves out the pictures of controls the map never adds, which were most of its weight', () => {
    for (const control of ['logo', 'geolocate', 'fullscreen', 'globe', 'terrain', 'compass'])
      expect(cut).not.toContain(`maplibregl-ctrl-${control}`);
    // global.css draws the zoom buttons' plus and minus: a strict policy blocks data: images.
    expect(cut).not.toMatch(/zoom-(in|out) \.maplibregl-ctrl-icon\s*\{\s*background-image/);
    // The attribution's button, hidden while it is open, keeps its picture: the only one left.
    expect((cut.match(/url\("data:image/g) ?? []).length).toBeLessThanOrEqual(3);
    expect(cut.length).toBeLessThan(original.length / 4);
  });

  it('keeps a shared rule for the selectors of controls the map does show', () => {
    const css = '.maplibregl-ctrl-compass .x, .maplibregl-ctrl-zoom-in .x { color: red }';
    expect(withoutUnusedControls(css)).toBe('.maplibregl-ctrl-zoom-in .x { color: red }');
  });
});
