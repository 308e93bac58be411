// Where browser tests leave their screenshots, for a person to look at (the README's pictures come from here).
// Made once for the whole run by global-setup.ts.
export const SHOTS = 'test-results/screenshots';
