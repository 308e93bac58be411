// Synthetic stories for the scale bench, made from the real ones: the same kinds of chapters (text, excerpts,
// figures, a comparison) at a length and a count no real story has yet. Deterministic: the same inputs give the
// same files, so two runs of the bench build the same site.
import { parseDocument } from 'yaml';

interface ChapterNode {
  id: string;
  view?: unknown;
  markers?: unknown;
  compare?: unknown;
  caption?: unknown;
}

/**
 * The story in `yaml` with `count` chapters: its own chapters in order, then copies of them again and again. Each
 * copy gets an id of its own and is viewed at a place of the gazetteer (`places`, taken in turn), so the map does
 * not simply fly back and forth between the same views; copies of a comparison compare nothing (its places would
 * be the original's), which keeps the copy's figures and text.
 */
export function lengthenStory(yaml: string, count: number, places: readonly string[]): string {
  if (places.length === 0) throw new Error('lengthenStory: the gazetteer has no places');
  const doc = parseDocument(yaml);
  const story = doc.toJS() as { chapters: ChapterNode[] };
  const own = story.chapters;
  const chapters: ChapterNode[] = [];
  for (let i = 0; i < count; i++) {
    const model = own[i % own.length]!;
    if (i < own.length) {
      chapters.push(model);
      continue;
    }
    const copy: ChapterNode = structuredClone(model);
    copy.id = `${model.id}-${Math.floor(i / own.length)}`;
    const place = places[i % places.length]!;
    copy.view = { place, zoom: 10 };
    copy.markers = [place];
    delete copy.compare;
    delete copy.caption;
    chapters.push(copy);
  }
  doc.set('chapters', doc.createNode(chapters));
  return `# yaml-language-server: $schema=../story.schema.json\n${doc.toString({ lineWidth: 0 })}`;
}

/** The folder names of `count` stories, each a real one in turn: `scale-01-<slug>`, … */
export function storyCopies(slugs: readonly string[], count: number): { slug: string; from: string }[] {
  const sorted = [...slugs].sort();
  return Array.from({ length: count }, (_, i) => {
    const from = sorted[i % sorted.length]!;
    return { slug: `scale-${String(i + 1).padStart(2, '0')}-${from}`, from };
  });
}
