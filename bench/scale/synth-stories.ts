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

/** A town a moved story is re-centred on: a Natural Earth populated place. */
export interface Seat {
  name: string;
  lon: number;
  lat: number;
}

interface PopulatedPlace {
  properties: { NAME: string; ADM0_A3: string; FEATURECLA: string; SCALERANK: number };
  geometry: { coordinates: [number, number] };
}

/**
 * The seats copies are moved to, in the order they are taken: the capital and the province seats first, then the
 * other towns by rank, so that the first few copies already lie far apart. Each name once (the data repeats none
 * today, but a repeat would put two copies on one spot).
 */
export function seatsOf(populated: { features: readonly PopulatedPlace[] }): Seat[] {
  const capital = (c: string) => (c === 'Admin-0 capital' ? 0 : c === 'Admin-1 capital' ? 1 : 2);
  const seen = new Set<string>();
  return populated.features
    .filter((f) => f.properties.ADM0_A3 === 'CHN')
    .sort(
      (a, b) =>
        capital(a.properties.FEATURECLA) - capital(b.properties.FEATURECLA) ||
        a.properties.SCALERANK - b.properties.SCALERANK ||
        a.properties.NAME.localeCompare(b.properties.NAME, 'en'),
    )
    .filter((f) => !seen.has(f.properties.NAME) && seen.add(f.properties.NAME))
    .map((f) => ({
      name: f.properties.NAME,
      lon: f.geometry.coordinates[0],
      lat: f.geometry.coordinates[1],
    }));
}

/** A story's files: story.yaml and its layer files by name (source.txt is not moved: it holds no coordinates). */
export interface Movable {
  yaml: string;
  layers: Record<string, string>;
}

interface PlaceLike {
  name: unknown;
  lon: number;
  lat: number;
  precision_m: number;
}

interface MovableStory {
  places?: Record<string, PlaceLike>;
  layers?: Record<string, { file: string; source: string }>;
  chapters: {
    view: { place?: string; fit?: string[]; center?: [number, number] };
    markers?: string[];
    highlight?: string[];
    excerpts?: { place?: string }[];
    metrics?: { place?: string }[];
  }[];
}

/** Five decimals (about a metre): the moved coordinates read the same on every run and every platform. */
const round5 = (x: number) => Math.round(x * 1e5) / 1e5;

/** Every place a story names, its own or the gazetteer's (its own first, as the checker resolves them). */
function placesOf(story: MovableStory, gazetteer: Record<string, PlaceLike>): Map<string, PlaceLike> {
  const ids = new Set(Object.keys(story.places ?? {}));
  for (const ch of story.chapters) {
    for (const id of [
      ch.view.place,
      ...(ch.view.fit ?? []),
      ...(ch.markers ?? []),
      ...(ch.excerpts ?? []).map((e) => e.place),
      ...(ch.metrics ?? []).map((m) => m.place),
    ])
      if (id !== undefined) ids.add(id);
  }
  const out = new Map<string, PlaceLike>();
  for (const id of [...ids].sort()) {
    const p =
      (story.places && Object.hasOwn(story.places, id) ? story.places[id] : undefined) ??
      (Object.hasOwn(gazetteer, id) ? gazetteer[id] : undefined);
    if (!p) throw new Error(`moveStory: unknown place "${id}"`);
    out.set(id, p);
  }
  return out;
}

/** Every position in a GeoJSON geometry's coordinates, moved by (dLon, dLat). */
function shift(c: unknown, dLon: number, dLat: number): unknown {
  if (!Array.isArray(c)) return c;
  if (typeof c[0] === 'number') return [round5(c[0] + dLon), round5((c[1] as number) + dLat), ...c.slice(2)];
  return c.map((x) => shift(x, dLon, dLat));
}

function shiftLayer(text: string, dLon: number, dLat: number): string {
  const fc = JSON.parse(text) as { features: { geometry: { coordinates: unknown } | null }[] };
  for (const f of fc.features)
    if (f.geometry) f.geometry.coordinates = shift(f.geometry.coordinates, dLon, dLat);
  return JSON.stringify(fc, null, 2) + '\n';
}

/**
 * The story moved so that the middle of its places' box sits on `seat`: every place (the gazetteer's it uses
 * become its own), every camera centre and every layer file moved by the same offset, so the story keeps its
 * shape and its views frame what they framed. Each moved place and layer says it is synthetic. The district
 * highlights are dropped: their codes name the districts of the story's real region.
 */
export function moveStory(story: Movable, seat: Seat, gazetteer: Record<string, PlaceLike>): Movable {
  const doc = parseDocument(story.yaml);
  const data = doc.toJS() as MovableStory;
  const places = placesOf(data, gazetteer);
  const { dLon, dLat } = offsetTo(places, seat);
  const note = (what: string) =>
    `synthetic, moved by the scale bench: ${what} shifted by (${round5(dLon)}, ${round5(dLat)}) degrees to sit about ${seat.name}; no real location`;
  const moved: Record<string, PlaceLike & { source: string }> = {};
  for (const [id, p] of places)
    moved[id] = {
      name: p.name,
      lon: round5(p.lon + dLon),
      lat: round5(p.lat + dLat),
      precision_m: p.precision_m,
      source: note(`the place "${id}" of the real story (${p.lon}, ${p.lat})`),
    };
  doc.set('places', doc.createNode(moved));
  for (const ch of data.chapters) {
    if (ch.view.center) ch.view.center = [round5(ch.view.center[0] + dLon), round5(ch.view.center[1] + dLat)];
    delete ch.highlight;
  }
  doc.set('chapters', doc.createNode(data.chapters));
  const layers: Record<string, string> = {};
  for (const [id, layer] of Object.entries(data.layers ?? {})) {
    const text = story.layers[layer.file];
    if (text === undefined) throw new Error(`moveStory: no file ${layer.file} for the layer "${id}"`);
    layers[layer.file] = shiftLayer(text, dLon, dLat);
    doc.setIn(['layers', id, 'source'], note(`the real story's ${layer.file}`));
  }
  return {
    yaml: `# yaml-language-server: $schema=../story.schema.json\n${doc.toString({ lineWidth: 0 })}`,
    layers,
  };
}

function offsetTo(places: ReadonlyMap<string, PlaceLike>, seat: Seat) {
  const ps = [...places.values()];
  const mid = (xs: number[]) => (Math.min(...xs) + Math.max(...xs)) / 2;
  return { dLon: seat.lon - mid(ps.map((p) => p.lon)), dLat: seat.lat - mid(ps.map((p) => p.lat)) };
}

/** Every coordinate of a moved story: its places, camera centres and layer positions. */
function positionsOf(story: Movable): [number, number][] {
  const data = parseDocument(story.yaml).toJS() as MovableStory;
  const out: [number, number][] = Object.values(data.places ?? {}).map((p) => [p.lon, p.lat]);
  for (const ch of data.chapters) if (ch.view.center) out.push(ch.view.center);
  const walk = (c: unknown) => {
    if (!Array.isArray(c)) return;
    if (typeof c[0] === 'number') out.push([c[0], c[1] as number]);
    else c.forEach(walk);
  };
  for (const text of Object.values(story.layers))
    for (const f of (JSON.parse(text) as { features: { geometry: { coordinates: unknown } | null }[] })
      .features)
      walk(f.geometry?.coordinates);
  return out;
}

/**
 * The `count` stories of the story axis spread over the country: the real stories in turn (as storyCopies), each
 * moved to the first seat not yet taken where all of its coordinates stay on the map (`covers`), a story too wide
 * for a seat leaving it to the next story. Deterministic: the same inputs give the same site.
 */
export function spreadCopies(
  real: Record<string, Movable>,
  count: number,
  seats: readonly Seat[],
  gazetteer: Record<string, PlaceLike>,
  covers: (lon: number, lat: number) => boolean,
): { slug: string; from: string; seat: string; story: Movable }[] {
  const taken = new Set<number>();
  return storyCopies(Object.keys(real), count).map(({ slug, from }) => {
    for (let i = 0; i < seats.length; i++) {
      if (taken.has(i)) continue;
      const story = moveStory(real[from]!, seats[i]!, gazetteer);
      if (!positionsOf(story).every(([lon, lat]) => covers(lon, lat))) continue;
      taken.add(i);
      return { slug, from, seat: seats[i]!.name, story };
    }
    throw new Error(`spreadCopies: no seat left where ${from} fits`);
  });
}
