// Where a place's popup goes and how large it may be: above or below its point, whichever has more room between
// what lies over the map (over-map.ts), and never past the map's edge. MapLibre's own choice knows nothing of the
// controls: on a phone it put the popup over the chapter navigation and the language switch, and on a short map cut
// it off at the edge. The popup's text scrolls within the height this gives (PlacePopup.svelte).
import type { PositionAnchor } from 'maplibre-gl';
import type { Box } from './unfit-labels';

/** Kept clear between the popup and an edge or a control, in CSS px. */
const MARGIN = 6;
/** The popup's tip, as maplibre-gl.css draws it. */
const TIP = 10;
/** Around the popup's text: maplibregl-popup-content's padding, top and bottom (global.css). */
const PADDING = 24;
/** The widest a popup is (a line of an excerpt about 20 characters of Chinese, 50 of English). */
const POPUP_WIDTH = 320;
/** The tallest its text is, however large the map: beyond that a reader is better sent to the chapter. */
const MAX_TEXT_HEIGHT = 420;
const MIN_TEXT_HEIGHT = 64;
/**
 * About four lines of an excerpt under the place's name: a popup that would show less beside its point (a small
 * phone's map, half a short screen) covers the point instead, where it shows more.
 */
const USEFUL_TEXT_HEIGHT = 120;

export interface PopupSpace {
  /** The map's size. */
  width: number;
  height: number;
  /** The place's point on the map. */
  x: number;
  y: number;
  /** From the point up to the popup's tip when the popup stands above it (a pin and its label stand there). */
  above: number;
  /** From the point down to the tip when the popup hangs below it. */
  below: number;
  /** What lies over the map, in its pixels. */
  over: readonly Box[];
}

export interface PopupRoom {
  anchor: PositionAnchor;
  /** The popup's width and the height of its text, in CSS px. */
  width: number;
  textHeight: number;
  /**
   * Only where the popup covers its point: its top-left corner from the point, in CSS px (MapLibre's offset at the
   * `top-left` anchor). It stands in the tallest clear band of the map then, with no tip, as there is no room
   * beside the point for a useful share of its text.
   */
  cover?: [number, number];
}

/** The popup's anchor (MapLibre's sense: the side of the popup at its point) and size. */
export function popupRoom(s: PopupSpace): PopupRoom {
  const width = Math.min(POPUP_WIDTH, s.width - 2 * MARGIN);
  // Across: centred on its point, or to one side of it where that would cross an edge, as MapLibre does.
  const side = s.x - width / 2 < MARGIN ? 'left' : s.x + width / 2 > s.width - MARGIN ? 'right' : null;
  const [left, right] =
    side === 'left'
      ? [s.x, s.x + width]
      : side === 'right'
        ? [s.x - width, s.x]
        : [s.x - width / 2, s.x + width / 2];
  const across = s.over.filter((b) => b.left < right + MARGIN && b.right > left - MARGIN);
  // Up: from the tip to the foot of the lowest thing over the map that reaches above it (or the map's top edge);
  // down, the same below. A thing beside the point blocks both ways.
  const upFrom = s.y - s.above - TIP;
  const downFrom = s.y + s.below + TIP;
  const ceiling = Math.max(0, ...across.filter((b) => b.top < upFrom).map((b) => b.bottom));
  const floor = Math.min(s.height, ...across.filter((b) => b.bottom > downFrom).map((b) => b.top));
  const up = upFrom - ceiling - MARGIN;
  const down = floor - downFrom - MARGIN;
  // Above, as MapLibre prefers, unless below has more room.
  const vertical = up >= down ? 'bottom' : 'top';
  const room = Math.max(up, down);
  // Boxed in, it still shows its name and a line or two, and scrolls.
  const textHeight = Math.max(MIN_TEXT_HEIGHT, Math.min(MAX_TEXT_HEIGHT, room - PADDING));
  if (textHeight < USEFUL_TEXT_HEIGHT) {
    const band = clearBand(s, width);
    const coverText = Math.min(MAX_TEXT_HEIGHT, band.bottom - band.top - 2 * MARGIN - PADDING);
    if (coverText > textHeight)
      return {
        anchor: 'top-left',
        width,
        textHeight: coverText,
        cover: [band.left - s.x, band.top + MARGIN - s.y],
      };
  }
  return {
    anchor: side ? `${vertical}-${side}` : vertical,
    width,
    textHeight,
  };
}

/**
 * The tallest band of the map, a popup `width` wide, with nothing over the map in it: centred, or along the left or
 * the right edge (what stands along one edge, as the zoom buttons do, leaves the other clear).
 */
function clearBand(s: PopupSpace, width: number): { left: number; top: number; bottom: number } {
  const lefts = [(s.width - width) / 2, MARGIN, s.width - MARGIN - width];
  let best = { left: lefts[0]!, top: 0, bottom: 0 };
  for (const left of lefts) {
    const across = s.over.filter((b) => b.left < left + width + MARGIN && b.right > left - MARGIN);
    for (const top of [0, ...across.map((b) => b.bottom)]) {
      if (across.some((b) => b.top < top && b.bottom > top)) continue;
      const bottom = Math.min(s.height, ...across.filter((b) => b.top >= top).map((b) => b.top));
      if (bottom - top > best.bottom - best.top) best = { left, top, bottom };
    }
  }
  return best;
}
