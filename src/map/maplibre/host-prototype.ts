// MapLibre walks its own objects with for…in (the style's properties among them). A name that a news page adds to
// every object, enumerable, turns up in those walks and stops the map part-way through its start, with a message
// that tells a reader nothing (faults review N19). Looked for before MapLibre starts, it is told for what it is.

/** A name the page has added to every object (enumerable, on Object.prototype), if any. */
export function addedToEveryObject(): string | undefined {
  for (const name in {}) return name;
  return undefined;
}

/** The map cannot start on a page whose objects all carry an enumerable name of the page's own. */
export class HostChangedObjects extends Error {
  constructor(readonly property: string) {
    super(`the page adds "${property}" to every object (Object.prototype), which MapLibre cannot run with`);
  }
}
