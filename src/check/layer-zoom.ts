// How close a chapter may look. The basemap's outlines have vertices up to 3 km apart and are shown to zoom 11
// (region.ts): that is the map's own measure of honesty, 3 km of detail at zoom 11. A story's own layer is held to
// the same scale: it may be shown to the zoom at which its precision looks as large as 3 km does at zoom 11. So a
// layer good to 10 km holds a chapter to 9.26. A finer layer cannot lift the limit past 11: the districts, the coast
// and the sea drawn around it would be shown closer than their own data holds to.
import { BASEMAP_MAX_ZOOM } from '../geo/region.ts';

/** The coarsest detail of the basemap's outlines (geodata/PROVENANCE.md). */
const BASEMAP_DETAIL_M = 3000;
/** Rounded down to hundredths, so the limit an editor reads is never above the true one. */
export function layerMaxZoom(precisionM: number): number {
  const z = BASEMAP_MAX_ZOOM + Math.log2(BASEMAP_DETAIL_M / precisionM);
  return Math.min(BASEMAP_MAX_ZOOM, Math.floor(z * 100) / 100);
}

/**
 * A chapter's zoom limit: the basemap's where its camera is (`dataMaxZoom`: the coarsest data it is on, see
 * coverage.ts), or, when the chapter shows layers of its own, that of the coarsest of them if it is lower (ids not
 * declared are left to the check that reports them).
 */
export function chapterMaxZoom(
  shown: readonly string[] | undefined,
  layers: Readonly<Record<string, { precision_m: number }>> | undefined,
  dataMaxZoom = BASEMAP_MAX_ZOOM,
): number {
  const precisions = (shown ?? []).flatMap((id) =>
    layers && Object.hasOwn(layers, id) ? [layers[id]!.precision_m] : [],
  );
  if (precisions.length === 0) return dataMaxZoom;
  return Math.min(dataMaxZoom, layerMaxZoom(Math.max(...precisions)));
}
