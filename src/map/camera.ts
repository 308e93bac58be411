// Pure planning of the next camera move; the map bridge only carries it out.
import type { PaddingOptions } from 'maplibre-gl';
import type { Camera } from '../story/types';

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

/** Room around the places, so markers and their labels never touch the map's edge. */
export function cameraPadding(width: number, height: number): PaddingOptions {
  const side = Math.round(Math.min(64, Math.max(24, width * 0.08)));
  const vertical = Math.round(Math.min(64, Math.max(28, height * 0.08)));
  // Markers stand above their point: leave more room at the top than at the bottom.
  return { top: vertical + 24, bottom: vertical, left: side, right: side };
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
