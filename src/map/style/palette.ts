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
