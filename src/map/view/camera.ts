// Pure planning of the next camera move; the map bridge only carries it out.
import type { PaddingOptions } from 'maplibre-gl';
import type { Camera } from '../../story/types';
import { MARKER_HEIGHT } from '../style/marker-geometry';
import { mercX, mercY, unmercY, WORLD_PX } from './mercator';

export interface CameraTarget {
  center: [number, number];
  zoom: number;
  pitch: number;
  bearing: number;
}

export type CameraMove =
  | { method: 'jumpTo'; options: CameraTarget & { padding: PaddingOptions } }
  | {
      method: 'flyTo';
      options: CameraTarget & { padding: PaddingOptions; duration: number; essential: true };
    };

/** Frames the fitted places inside the padded viewport; supplied by the bridge (MapLibre's cameraForBounds). */
export type FitSolver = (
  bounds: [number, number, number, number],
  padding: PaddingOptions,
) => {
  center: [number, number];
  zoom: number;
};

export function cameraTarget(camera: Camera, padding: PaddingOptions, fit: FitSolver): CameraTarget {
  if (camera.kind === 'center')
    return { center: camera.center, zoom: camera.zoom, pitch: camera.pitch, bearing: camera.bearing };
  return { ...fit(camera.bounds, padding), pitch: camera.pitch, bearing: camera.bearing };
}

/**
 * The camera's room around the places, in px and shares of the map's size. The first frame's CSS frames its picture
 * with the same numbers (src/ui/tokens.css, generated from these).
 */
export const PADDING = {
  side: { min: 24, share: 0.2, max: 96 },
  vertical: { min: 28, share: 0.08, max: 64 },
  /** Below the lowest place: its marker's label. */
  belowPlaces: 24,
  /** Padding may take at most this share of either dimension: a map with no room left cannot frame anything. */
  maxShare: 0.6,
} as const;

/**
 * Room around the places, so markers and their labels stay clear of the map's edges and of what overlays its top
 * (`insetTop`: the chapter navigation; `insetBottom`: the language switch). Markers stand MARKER_HEIGHT px above their point and their labels are up to
 * ~180 px wide, centred: hence more room at the top and at the sides.
 */
export function cameraPadding(width: number, height: number, insetTop = 0, insetBottom = 0): PaddingOptions {
  const { side: s, vertical: v } = PADDING;
  const side = Math.round(Math.min(s.max, Math.max(s.min, width * s.share)));
  const vertical = Math.round(Math.min(v.max, Math.max(v.min, height * v.share)));
  return fitInside(
    {
      top: Math.max(vertical, insetTop) + MARKER_HEIGHT,
      bottom: Math.max(vertical, insetBottom) + PADDING.belowPlaces,
      left: side,
      right: side,
    },
    width,
    height,
  );
}

function fitInside(p: Required<PaddingOptions>, width: number, height: number): PaddingOptions {
  const v = Math.min(1, (height * PADDING.maxShare) / (p.top + p.bottom));
  const h = Math.min(1, (width * PADDING.maxShare) / (p.left + p.right));
  return {
    top: Math.floor(p.top * v),
    bottom: Math.floor(p.bottom * v),
    left: Math.floor(p.left * h),
    right: Math.floor(p.right * h),
  };
}

// A flight's length follows the distance, within bounds readers find neither abrupt nor slow.
const MIN_FLIGHT_MS = 900;
const MAX_FLIGHT_MS = 2600;

export function planMove(
  from: CameraTarget | null,
  to: CameraTarget,
  padding: PaddingOptions,
  reducedMotion: boolean,
): CameraMove {
  if (from === null || reducedMotion) return { method: 'jumpTo', options: { ...to, padding } };
  const span =
    Math.hypot(to.center[0] - from.center[0], to.center[1] - from.center[1]) +
    Math.abs(to.zoom - from.zoom) / 4;
  const duration = Math.round(Math.min(MAX_FLIGHT_MS, MIN_FLIGHT_MS + span * 2000));
  return { method: 'flyTo', options: { ...to, padding, duration, essential: true } };
}

export function sameTarget(a: CameraTarget, b: CameraTarget): boolean {
  return (
    a.center[0] === b.center[0] &&
    a.center[1] === b.center[1] &&
    a.zoom === b.zoom &&
    a.pitch === b.pitch &&
    a.bearing === b.bearing
  );
}

/**
 * The centre and zoom that frame `bounds` inside the padded part of a `width`×`height` map. Computed here rather
 * than with MapLibre's cameraForBounds, which adds the padding the map already has to the padding it is given.
 */
export function fitCamera(
  [w, s, e, n]: [number, number, number, number],
  width: number,
  height: number,
  padding: PaddingOptions,
  maxZoom = 16,
): { center: [number, number]; zoom: number } {
  const dx = Math.max(mercX(e) - mercX(w), 1e-9);
  const dy = Math.max(mercY(s) - mercY(n), 1e-9);
  const roomX = Math.max(1, width - (padding.left ?? 0) - (padding.right ?? 0));
  const roomY = Math.max(1, height - (padding.top ?? 0) - (padding.bottom ?? 0));
  const zoom = Math.min(maxZoom, Math.log2(Math.min(roomX / (dx * WORLD_PX), roomY / (dy * WORLD_PX))));
  return { center: [(w + e) / 2, unmercY((mercY(s) + mercY(n)) / 2)], zoom };
}
