// The page's own words, one set per language (each locale file fills them in); story content brings its own.

export interface Words {
  map: string;
  mapPane: string;
  mapError: string;
  noWebgl: string;
  appStalled: string;
  mapTimeout: string;
  /** The news page changed every object (Object.prototype), which the map cannot run with. */
  hostObjects: string;
  /** The browser took the map's WebGL context back (too many on the page, a reset of the graphics card). */
  contextLost: string;
  placesOnMap: string;
  /** The legend of the story's own layers shown at a chapter. */
  layersOnMap: string;
  distances: string;
  about: string;
  share: string;
  locator: string;
  staticMap: string;
  /** Before a picture's credit (who made it), and before its licence. */
  picture: string;
  licence: string;
  retry: string;
  backToChapter: string;
  skipToText: string;
  embed: string;
  embedIframe: string;
  embedElement: string;
  copy: string;
  copied: string;
  fullStory: string;
  close: string;
  approximate: string;
  within: string;
  location: string;
  source: string;
  translation: string;
  /** In Sources, on a translated page: what the page's text is, and what its excerpts are. */
  pageTranslation: string;
  /** Before a place's source note (the gazetteer's, in English). */
  placeSource: string;
  quote: string;
  credits: string;
  readChapter: string;
  language: string;
  sources: string;
  article: string;
  basemap: string;
  chapters: string;
  previousChapter: string;
  nextChapter: string;
  excerpt: string;
}

/** MapLibre's own words (the zoom buttons, the cooperative-gestures hint), keyed as its `locale` option is. */
export interface MapWords {
  'NavigationControl.ZoomIn': string;
  'NavigationControl.ZoomOut': string;
  'CooperativeGesturesHandler.WindowsHelpText': string;
  'CooperativeGesturesHandler.MacHelpText': string;
  'CooperativeGesturesHandler.MobileHelpText': string;
  'Popup.Close': string;
}

/** What <story-map> shows in place of its story (embed-codes.ts, element-fallback.ts, start-element.ts). */
export interface FallbackWords {
  loading: string;
  failed: string;
  retry: string;
  read: string;
  map: string;
  absent: string;
  or: string;
  colon: string;
}
