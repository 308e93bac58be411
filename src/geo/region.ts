// The box the built basemap's layers cover (see geodata/PROVENANCE.md). Where a place may be is wider: the checker
// takes anywhere China's county outlines or the world's countries have data (src/check/coverage.ts).
export const REGION = { west: 120.3, south: 28.9, east: 122.6, north: 30.8 } as const;

// The district outlines have vertices 0.5–3 km apart (geodata/PROVENANCE.md): beyond this zoom they visibly cut
// corners, so no chapter may look closer unless it brings finer data of its own.
export const BASEMAP_MAX_ZOOM = 11;

/**
 * What the basemap is drawn from wherever the checker accepts a place in China (src/check/coverage.ts), and why it
 * holds to BASEMAP_MAX_ZOOM: the Ningbo data and the country-wide counties are the same outlines. The world's
 * countries, of another scale, bring a limit of their own (coverage.ts).
 */
export const BASEMAP_DATA = "China's county outlines, vertices 0.5–3 km apart";
