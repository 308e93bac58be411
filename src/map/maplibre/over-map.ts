// What lies over the map: MapLibre's controls and the page's overlays marked data-over-map (the chapter navigation,
// the language switch, the legend, the locator, the way back to the chapter). The map's labels keep out from under
// them (fit-labels.ts) and so does an open popup (popup-room.ts).
import type { Box } from './unfit-labels';

/** The boxes of what covers the map, in the map container's own pixels. */
export function overMap(container: HTMLElement): Box[] {
  const origin = container.getBoundingClientRect();
  const els = [
    ...container.querySelectorAll<HTMLElement>('.maplibregl-ctrl'),
    ...(container.parentElement?.querySelectorAll<HTMLElement>('[data-over-map]') ?? []),
  ];
  return els
    .map((el) => el.getBoundingClientRect())
    .filter((r) => r.width > 0 && r.height > 0)
    .map((r) => ({
      left: r.left - origin.left,
      top: r.top - origin.top,
      right: r.right - origin.left,
      bottom: r.bottom - origin.top,
    }));
}
