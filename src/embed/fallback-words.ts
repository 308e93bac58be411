// The words of what <story-map> shows in place of its story: in the embed code itself (embed-codes.ts), for when
// our script never runs, and in the element (element-fallback.ts), for when the story cannot start.
import type { Lang } from '../story/types';

export const FALLBACK_WORDS = {
  zh: {
    failed: '地图故事无法加载',
    retry: '重试',
    read: '阅读完整故事',
    map: '故事所在地区的示意图',
    absent: '地图故事未显示时，可',
    or: '或',
    colon: '：',
  },
  en: {
    failed: 'The story map could not load',
    retry: 'Try again',
    read: 'Read the whole story',
    map: 'Where the story takes place (inset map)',
    absent: 'If the story map does not show:',
    or: 'or',
    colon: ':',
  },
} as const satisfies Record<Lang, Record<string, string>>;
