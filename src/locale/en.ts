// English: a translation of the Chinese. Figures turn the Chinese magnitudes into the words a reader expects
// (US$21.5 million), from the metric's declared scale.
import type { Day, FigureInput, FigureWords, Locale } from './locale.ts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const QUALIFIERS = { more: 'more than ', nearly: 'nearly ', about: 'about ' } as const;

const date = ({ y, m, d }: Day, withYear = true): string =>
  [d, m ? MONTHS[m - 1] : undefined, withYear ? y : undefined].filter((p) => p !== undefined).join(' ');

/** Below this a newspaper writes the figure in digits (200,000 visits); from it, in words (US$21.5 million). */
const WORDS_FROM = 1_000_000;

function figure(m: FigureInput): FigureWords {
  const qualifier = m.qualifier ? QUALIFIERS[m.qualifier] : '';
  const base = m.value * (m.scale ?? 1);
  if (Math.abs(base) < WORDS_FROM) {
    const value = new Intl.NumberFormat('en', { maximumFractionDigits: 2 }).format(base);
    return m.currency === 'USD'
      ? { qualifier, value: `US$${value}`, unit: '' }
      : { qualifier, value, unit: m.unit };
  }
  const parts = new Intl.NumberFormat('en', {
    notation: 'compact',
    compactDisplay: 'long',
    maximumFractionDigits: 2,
  }).formatToParts(base);
  const number = parts
    .filter((p) => p.type !== 'compact' && p.type !== 'literal')
    .map((p) => p.value)
    .join('');
  const word = parts.find((p) => p.type === 'compact')?.value ?? '';
  if (m.currency === 'USD') return { qualifier, value: `US$${number}`, unit: word };
  if (m.currency === 'CNY')
    return { qualifier, value: number, unit: [word, 'yuan'].filter(Boolean).join(' ') };
  return { qualifier, value: number, unit: [word, m.unit].filter(Boolean).join(' ') };
}

export const en: Locale = {
  html: 'en',
  intl: 'en',
  name: 'English',
  describe: 'English (a translation of the Chinese)',
  missing: 'the English translation',
  labelField: 'name_en',
  // "Zhuangshi – school (PROXY)" reads "Zhuangshi": what follows is the gazetteer's note, not the name.
  placeName(label) {
    const cuts = [' – ', ' ('].map((s) => label.indexOf(s)).filter((i) => i > 0);
    return (cuts.length ? label.slice(0, Math.min(...cuts)) : label).trim();
  },
  latin: true,
  space: ' ',
  joiner: ', ',
  translated: true,
  words: {
    map: 'Story map',
    mapPane: 'Map and chapters',
    mapError: 'The map could not be shown. The story remains readable.',
    noWebgl:
      'This browser cannot show the interactive map (no WebGL); each section has a static map instead.',
    appStalled:
      'The map could not start: the page’s script did not run. Each section has a static map instead.',
    mapTimeout: 'The map did not start in time. Each section has a static map instead.',
    hostObjects:
      'The map cannot run on this page: the page’s own scripts changed the browser’s built-in objects. Each section has a static map instead.',
    contextLost:
      'The browser took back the map’s drawing resources (WebGL), so the map has paused. Each section has a static map instead; the map restarts once the browser allows.',
    placesOnMap: 'Places marked on the map',
    layersOnMap: 'Layers on this map',
    distances: 'Straight-line distances (between the points on the map)',
    about: 'about ',
    share: 'share',
    locator: 'Where the mapped area lies on the coast (inset)',
    staticMap: 'Static map',
    picture: 'Picture',
    licence: 'Licence',
    retry: 'Try again',
    backToChapter: 'Back to this chapter’s map',
    skipToText: 'Skip the map, read the text',
    embed: 'Share / embed',
    embedIframe: 'Embed as an iframe (the map with chapter buttons; its height follows its content)',
    embedElement: 'Embed the whole story in your page (it follows your page’s scroll)',
    copy: 'Copy',
    copied: 'Copied',
    fullStory: 'Read the whole story',
    close: 'Close',
    approximate: 'approximate location',
    within: 'within about',
    location: 'Location',
    source: 'Source',
    translation: 'Translated from the Chinese original',
    pageTranslation:
      'The story’s text is adapted from the source article; the English translates it, and each excerpt is translated from the original',
    placeSource: 'Source',
    quote: 'Source quote',
    credits: 'Credits',
    readChapter: 'Read',
    language: 'Language',
    sources: 'Sources and methods',
    article: 'Source article',
    basemap: 'Basemap',
    chapters: 'Chapters',
    previousChapter: 'Previous chapter',
    nextChapter: 'Next chapter',
    excerpt: 'Excerpt (translated)',
  },
  mapWords: {
    'NavigationControl.ZoomIn': 'Zoom in',
    'NavigationControl.ZoomOut': 'Zoom out',
    'CooperativeGesturesHandler.WindowsHelpText': 'Use Ctrl + scroll to zoom the map',
    'CooperativeGesturesHandler.MacHelpText': 'Use ⌘ + scroll to zoom the map',
    'CooperativeGesturesHandler.MobileHelpText': 'Use two fingers to move the map',
    'Popup.Close': 'Close popup',
  },
  fallback: {
    loading: 'Loading the story map…',
    failed: 'The story map could not load',
    retry: 'Try again',
    read: 'Read the whole story',
    map: 'Where the story takes place (inset map)',
    absent: 'If the story map does not show:',
    or: 'or',
    colon: ':',
  },
  approximateAfter: ' (approximate location)',
  staticMapAlt: (title, places) => `Static map: ${title}${places && `, marking ${places}`}.`,
  km: (n) => `${n} km`,
  period: {
    notStated: 'period not stated',
    date,
    // One year is said once: "Jan–Aug 2022".
    range: (from, to) =>
      from.y === to.y && from.m && to.m ? `${date(from, false)}–${date(to)}` : `${date(from)}–${date(to)}`,
    since: (from) => `${date(from)} to date`,
  },
  figure,
  change(percent, basis) {
    const n = new Intl.NumberFormat('en', { maximumFractionDigits: 2, signDisplay: 'always' });
    return [percent === 0 ? 'unchanged' : `${n.format(percent)}%`, basis].filter(Boolean).join(' ');
  },
  punct: { colon: ': ', comma: ', ', stop: '.', between: ' – ' },
  adaptedFrom: (authors) => `Adapted from reports by ${authors}`,
  reportedIn: (from) => `According to ${from}`,
  published: (date) => `published ${date}`,
};
