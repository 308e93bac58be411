// What the dev server's place search answers the author tools with. Dev-only on both sides: the search reads
// the county outlines in Node (scripts/places/), and the page asks for it only from AuthorTools.

/** Where the dev server answers: `?q=慈溪`. The built site has no such address. */
export const PLACE_SEARCH_PATH = '/__storymap/places';

export interface PlaceSearchAnswer {
  matches: {
    /** 慈溪市 Cixi City (county-level division, 浙江省 宁波市): enough to tell namesakes apart. */
    label: string;
    /** The `places:` entry, ready to paste. */
    yaml: string;
  }[];
}
