// The basemap's colours, shared by the live map and the static maps drawn at build time, so both look alike.
export const PALETTE = {
  sea: '#d4e4ec',
  land: '#f3f1ec',
  county: '#ebe8e1',
  countyLine: '#c9c4b9',
  district: '#f8f7f3',
  focus: '#efe6d2',
  // Opaque, as the ground's own colour: a translucent highlight would be one more layer to draw on every frame.
  highlight: '#e6d7b4',
  districtLine: '#a39d90',
  outline: '#6f6a60',
  coast: '#8fb1c2',
  river: '#9dbfd0',
  label: '#3e3a33',
  cityLabel: '#1d2a33',
  halo: '#ffffff',
  area: '#8a5a2b',
};

/**
 * The basemap's lines, in CSS px, shared by the live map and the first frames drawn at build time, so a first frame
 * gives way to the live map without its lines changing. Dashes are MapLibre's: in units of the line's width.
 */
export const STROKE = {
  district: { width: 0.9, dash: [3, 2] },
  county: { width: 0.6 },
  coast: { width: 1 },
  river: { width: 1.6 },
  outline: { width: 1.4 },
  area: { width: 1.5, dash: [2, 2], fillOpacity: 0.12 },
} as const;

/**
 * The page's colours around the map (its text, its rules, the chrome that stands over the map), as CSS custom
 * properties of `.story-type` (src/ui/tokens.css: `--ink`, `--ink-muted`, …). Where the page and the map draw the
 * same thing they share a colour: the story's text is the map's city names' ink, a rule is a county line's.
 */
export const INK = {
  /** The text, and what is drawn in it (the language switch's pressed button, the skip link). */
  ink: PALETTE.cityLabel,
  /** Warmer dark text: kickers, the dek, quotations. */
  inkWarm: '#2d2a25',
  /** Secondary text: credits, captions, datelines, a figure's notes. */
  inkMuted: '#4a4740',
  /** The quietest text: a quotation's source, a popup's notes, the map's failure line. */
  inkFaint: '#5a554c',
  /** A rule between parts of the page and the border of its figures. */
  rule: PALETTE.countyLine,
  /** The border of what stands over the map: the locator, the legend, the language switch. */
  chromeEdge: '#8a99a3',
  /** The land's colour, behind a line that stands in the map's place. */
  paper: PALETTE.land,
  link: '#1f5f7f',
  /** The keyboard's focus ring. */
  focus: '#1d4ed8',
} as const;
