// The page's own words in both languages; story content brings its own.
import type { Lang } from '../story/types';

const WORDS = {
  map: { zh: '故事地图', en: 'Story map' },
  mapPane: { zh: '地图与章节', en: 'Map and chapters' },
  mapError: {
    zh: '地图无法显示。故事文字仍可阅读。',
    en: 'The map could not be shown. The story remains readable.',
  },
  noWebgl: {
    zh: '此浏览器无法显示交互地图（不支持 WebGL），各章附有静态地图。',
    en: 'This browser cannot show the interactive map (no WebGL); each section has a static map instead.',
  },
  appStalled: {
    zh: '地图未能启动：页面的脚本没有运行。各章附有静态地图。',
    en: 'The map could not start: the page’s script did not run. Each section has a static map instead.',
  },
  mapTimeout: {
    zh: '地图在限定时间内未能启动。各章附有静态地图。',
    en: 'The map did not start in time. Each section has a static map instead.',
  },
  placesOnMap: { zh: '地图上标出的地点', en: 'Places marked on the map' },
  distances: {
    zh: '直线距离（按地图上的点计算）',
    en: 'Straight-line distances (between the points on the map)',
  },
  about: { zh: '约', en: 'about ' },
  share: { zh: '占比', en: 'share' },
  locator: {
    zh: '地图所示区域在沿海的位置（示意图）',
    en: 'Where the mapped area lies on the coast (inset)',
  },
  staticMap: { zh: '静态地图', en: 'Static map' },
  retry: { zh: '重试', en: 'Try again' },
  backToChapter: { zh: '回到本章地图', en: 'Back to this chapter’s map' },
  skipToText: { zh: '跳过地图，阅读正文', en: 'Skip the map, read the text' },
  embed: { zh: '分享与嵌入', en: 'Share / embed' },
  embedIframe: {
    zh: '用 iframe 嵌入（地图、章节按钮，高度自动）',
    en: 'Embed as an iframe (the map with chapter buttons; its height follows its content)',
  },
  embedElement: {
    zh: '在页面中嵌入完整故事（随页面滚动）',
    en: 'Embed the whole story in your page (it follows your page’s scroll)',
  },
  copy: { zh: '复制', en: 'Copy' },
  copied: { zh: '已复制', en: 'Copied' },
  fullStory: { zh: '阅读完整故事', en: 'Read the whole story' },
  close: { zh: '关闭', en: 'Close' },
  approximate: { zh: '近似位置', en: 'approximate location' },
  within: { zh: '误差约', en: 'within about' },
  location: { zh: '位置', en: 'Location' },
  source: { zh: '来源', en: 'Source' },
  translation: { zh: '', en: 'Translated from the Chinese original' },
  quote: { zh: '原文', en: 'Source quote' },
  credits: { zh: '作者与图片', en: 'Credits' },
  readChapter: { zh: '阅读', en: 'Read' },
  language: { zh: '语言', en: 'Language' },
  sources: { zh: '来源与方法', en: 'Sources and methods' },
  article: { zh: '原文', en: 'Source article' },
  basemap: { zh: '底图', en: 'Basemap' },
  chapters: { zh: '章节', en: 'Chapters' },
  previousChapter: { zh: '上一章', en: 'Previous chapter' },
  nextChapter: { zh: '下一章', en: 'Next chapter' },
  excerpt: { zh: '原文摘录', en: 'Excerpt (translated)' },
} as const satisfies Record<string, Record<Lang, string>>;

export type Word = keyof typeof WORDS;

export function t(lang: Lang, word: Word): string {
  return WORDS[word][lang];
}

export function distance(lang: Lang, metres: number): string {
  const km = metres / 1000;
  const n = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en', { maximumFractionDigits: 1 }).format(km);
  return lang === 'zh' ? `${n}公里` : `${n} km`;
}
