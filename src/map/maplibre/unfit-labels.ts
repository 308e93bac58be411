// Which of the map's own labels the view would cut: MapLibre draws a label that crosses the map's edge, or lies
// under a control over the map, as if both were not there, so a reader saw "Zhenhai Distric" at the edge and
// 宁海县 under the language switch. A label is better whole or not at all.

/** A box in the map's own CSS pixels (its top left corner is 0,0). */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** A label as MapLibre would draw it: its point on the map and its text's size (halo included), in CSS px. */
export interface LabelShape<Id> {
  id: Id;
  x: number;
  y: number;
  width: number;
  height: number;
  /** How far (px) the label may step off its point to make way for a marker (text-radial-offset). */
  offset: number;
}

const overlaps = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Where the label may be drawn: centred on its point, or stepped aside to make way for a marker (MapLibre's
 * variable anchors). Every place counts, since which one MapLibre takes depends on collisions it does not tell.
 */
export function labelReach<Id>(l: LabelShape<Id>): Box {
  const dx = l.width / 2 + l.offset;
  const dy = l.height / 2 + l.offset;
  return {
    left: l.x - l.width / 2 - dx,
    top: l.y - l.height / 2 - dy,
    right: l.x + l.width / 2 + dx,
    bottom: l.y + l.height / 2 + dy,
  };
}

/**
 * The labels that would not show whole in a `width`×`height` map with `blockers` over it: part of them past an
 * edge or under a blocker. `reach` says where a label may be drawn (by default, centred on its point).
 */
export function unfitLabels<Id>(
  labels: LabelShape<Id>[],
  width: number,
  height: number,
  blockers: Box[],
  reach: (l: LabelShape<Id>) => Box = (l) => ({
    left: l.x - l.width / 2,
    top: l.y - l.height / 2,
    right: l.x + l.width / 2,
    bottom: l.y + l.height / 2,
  }),
): Set<Id> {
  const out = new Set<Id>();
  for (const l of labels) {
    const b = reach(l);
    const inside = b.left >= 0 && b.top >= 0 && b.right <= width && b.bottom <= height;
    if (!inside || blockers.some((k) => overlaps(b, k))) out.add(l.id);
  }
  return out;
}
