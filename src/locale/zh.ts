// Chinese: the stories' original language. Figures keep the article's own form (2150万美元, 超过20万人次).
import type { Day, Locale } from './locale.ts';

const date = ({ y, m, d }: Day, withYear = true): string =>
  `${withYear ? `${y}年` : ''}${m ? `${m}月` : ''}${d ? `${d}日` : ''}`;

export const zh: Locale = {
  html: 'zh-Hans',
  intl: 'zh-CN',
  name: '中文',
  describe: 'Chinese',
  missing: 'the Chinese text',
  labelField: 'name_zh',
  // 「庄市街道（代用点）」 reads 「庄市街道」: the note is the gazetteer's, not the name.
  placeName: (label) => label.replace(/\s*[(（].*?[)）]/g, '').trim(),
  latin: false,
  space: '',
  joiner: '、',
  translated: false,
  words: {
    map: '故事地图',
    mapPane: '地图与章节',
    mapError: '地图无法显示。故事文字仍可阅读。',
    noWebgl: '此浏览器无法显示交互地图（不支持 WebGL），各章附有静态地图。',
    appStalled: '地图未能启动：页面的脚本没有运行。各章附有静态地图。',
    mapTimeout: '地图在限定时间内未能启动。各章附有静态地图。',
    hostObjects: '地图无法在此网页上运行：网页自身的脚本改动了浏览器的内置对象。各章附有静态地图。',
    contextLost:
      '浏览器收回了地图的绘图资源（WebGL），地图暂停显示。各章附有静态地图；资源可用时地图会重新启动。',
    placesOnMap: '地图上标出的地点',
    layersOnMap: '本章地图上的图层',
    distances: '直线距离（按地图上的点计算）',
    about: '约',
    share: '占比',
    locator: '地图所示区域在沿海的位置（示意图）',
    staticMap: '静态地图',
    picture: '图片',
    licence: '许可',
    retry: '重试',
    backToChapter: '回到本章地图',
    skipToText: '跳过地图，阅读正文',
    embed: '分享与嵌入',
    embedIframe: '用 iframe 嵌入（地图、章节按钮，高度自动）',
    embedElement: '在页面中嵌入完整故事（随页面滚动）',
    copy: '复制',
    copied: '已复制',
    fullStory: '阅读完整故事',
    close: '关闭',
    approximate: '近似位置',
    within: '误差约',
    location: '位置',
    source: '来源',
    translation: '',
    pageTranslation: '',
    placeSource: '来源（英文说明）',
    quote: '原文',
    credits: '作者与图片',
    readChapter: '阅读',
    language: '语言',
    sources: '来源与方法',
    article: '原文',
    basemap: '底图',
    chapters: '章节',
    previousChapter: '上一章',
    nextChapter: '下一章',
    excerpt: '原文摘录',
  },
  mapWords: {
    'NavigationControl.ZoomIn': '放大',
    'NavigationControl.ZoomOut': '缩小',
    'CooperativeGesturesHandler.WindowsHelpText': '按住 Ctrl 键滚动以缩放地图',
    'CooperativeGesturesHandler.MacHelpText': '按住 ⌘ 键滚动以缩放地图',
    'CooperativeGesturesHandler.MobileHelpText': '用两根手指移动地图',
    'Popup.Close': '关闭',
  },
  fallback: {
    loading: '地图故事加载中…',
    failed: '地图故事无法加载',
    retry: '重试',
    read: '阅读完整故事',
    map: '故事所在地区的示意图',
    absent: '地图故事未显示时，可',
    or: '或',
    colon: '：',
  },
  approximateAfter: '（近似位置）',
  staticMapAlt: (title, places) => `静态地图：${title}${places && `，标出${places}`}。`,
  km: (n) => `${n}公里`,
  period: {
    notStated: '时间未注明',
    date,
    // One year is said once: 「2022年1–8月」, 「2020–2022年」.
    range(from, to) {
      if (from.y === to.y && from.m && to.m) {
        if (!from.d && !to.d) return `${from.y}年${from.m}–${to.m}月`;
        return `${from.y}年${date(from, false)}–${date(to, false)}`;
      }
      return !from.m && !to.m ? `${from.y}–${to.y}年` : `${date(from)}–${date(to)}`;
    },
    since: (from) => `${date(from)}以来`,
  },
  figure: (m) => ({
    qualifier: m.qualifierZh,
    value: new Intl.NumberFormat('zh-CN', { useGrouping: false, maximumFractionDigits: 2 }).format(m.value),
    unit: m.unit,
  }),
  // 「同比增长113.5%」: the basis first, then the word for the direction, then the number without a sign.
  change(percent, basis) {
    const n = new Intl.NumberFormat('zh-CN', { useGrouping: false, maximumFractionDigits: 2 });
    if (percent === 0) return `${basis}持平`;
    return `${basis}${percent > 0 ? '增长' : '下降'}${n.format(Math.abs(percent))}%`;
  },
  punct: { colon: '：', comma: '，', stop: '。', between: '—' },
  adaptedFrom: (authors) => `据${authors}的报道整理`,
  reportedIn: (from) => `据${from}`,
  published: (date) => `刊于${date}`,
};
