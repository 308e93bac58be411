// The box our basemap layers cover (see geodata/PROVENANCE.md): a place outside it would sit on blank map.
export const REGION = { west: 120.3, south: 28.9, east: 122.6, north: 30.8 } as const;

export function inRegion(lon: number, lat: number): boolean {
  return lon >= REGION.west && lon <= REGION.east && lat >= REGION.south && lat <= REGION.north;
}

// The district outlines have vertices 0.5–3 km apart (geodata/PROVENANCE.md): beyond this zoom they visibly cut
// corners, so no chapter may look closer unless it brings finer data of its own.
export const BASEMAP_MAX_ZOOM = 11;
