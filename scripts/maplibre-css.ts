// MapLibre's stylesheet carries the pictures of every control it has, as data URIs: its logo, the geolocation,
// fullscreen, globe, terrain and compass buttons, in light and dark. The story map adds none of them, yet they were
// most of the stylesheet every reader downloads before the map shows. The build leaves out the rules that style only
// those controls; a rule that also styles something else keeps that selector.
import postcss from 'postcss';
import type { Plugin } from 'vite';

/**
 * The controls the story map never adds (create-map.ts adds the attribution, the zoom buttons without a compass,
 * and the scale). One more control added there means taking it off this list. The attribution's button stays: its
 * rule is also what hides it when the attribution is open. The zoom buttons' own pictures go too: a strict policy
 * blocks data: images, and global.css draws the plus and minus instead.
 */
const NEVER_SHOWN =
  /\.maplibregl-(?:ctrl-(?:logo|geolocate|fullscreen|shrink|globe|terrain|compass)|user-location)\b|\.maplibregl-ctrl-zoom-(?:in|out) \.maplibregl-ctrl-icon$/;

/** `css` without the selectors that only match controls the map never shows, and the rules left with none. */
export function withoutUnusedControls(css: string): string {
  const root = postcss.parse(css);
  root.walkRules((rule) => {
    const kept = rule.selectors.filter((s) => !NEVER_SHOWN.test(s));
    if (kept.length === 0) rule.remove();
    else if (kept.length < rule.selectors.length) rule.selectors = kept;
  });
  // A media query of dark-mode icons is left empty once its rules are gone.
  root.walkAtRules((at) => {
    if (at.nodes?.length === 0) at.remove();
  });
  return root.toString();
}

const MAPLIBRE_CSS = /\/maplibre-gl\/dist\/maplibre-gl\.css(?:$|\?)/;

/** The Vite plugin: MapLibre's stylesheet, wherever it is imported (the page's link, the element's inline copy). */
export function mapLibreCss(): Plugin {
  return {
    name: 'storymap:maplibre-css',
    enforce: 'pre',
    transform(code, id) {
      if (!MAPLIBRE_CSS.test(id)) return null;
      return { code: withoutUnusedControls(code), map: null };
    },
  };
}
