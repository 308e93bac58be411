// Who an excerpt is credited to: the person who said it, or else the report it is quoted from. A place never
// speaks, so an excerpt with neither is shown without a credit (the checker warns of it).
import type { Lang } from '../locale/locales';
import type { ResolvedChapter } from './types';

export function excerptCredit(e: ResolvedChapter['excerpts'][number], lang: Lang): string | undefined {
  return (e.speaker ?? e.from)?.[lang];
}
