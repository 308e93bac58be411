// Whose data the basemap draws, said the same way wherever it is credited: the live map's attribution control, the
// Sources section, the static maps and their captions. Every layer is from OpenStreetMap (the counties, the coast)
// or GeoNames (the places): see geodata/PROVENANCE.md.

const SOURCES = [
  {
    before: '© ',
    name: 'OpenStreetMap',
    url: 'https://www.openstreetmap.org/copyright',
    after: ' contributors (ODbL)',
  },
  { before: '', name: 'GeoNames', url: 'https://www.geonames.org/', after: ' (CC BY 4.0)' },
];

/** As plain text, for the page's own text and for the SVG static maps. */
export const BASEMAP_CREDIT = SOURCES.map((s) => `${s.before}${s.name}${s.after}`).join(' · ');

/** As HTML with links, for MapLibre's attribution control (our own constant, never story content). */
export const ATTRIBUTION = SOURCES.map((s) => `${s.before}<a href="${s.url}">${s.name}</a>${s.after}`).join(
  ' · ',
);
