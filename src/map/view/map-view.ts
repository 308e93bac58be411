// What the map shows at a chapter, as a value: a pure function of the chapter, the language and the map's box.
// The style the map starts with shows the first chapter's view; apply-view.ts changes the map from one view to the
// next. Scrolling back, jumping and deep links are the same case: a view replacing a view.
import type {
  DataDrivenPropertyValueSpecification,
  ExpressionSpecification,
  PaddingOptions,
} from 'maplibre-gl';
import { BASEMAP_MAX_ZOOM } from '../../geo/region';
import type { Lang, ResolvedChapter, ResolvedStory } from '../../story/types';
import { labelField } from '../style/label-layers';
import { cameraPadding, cameraTarget, fitCamera, type CameraTarget } from './camera';
import { paneCamera } from './pane-camera';
import { LAYER, PROP } from '../style/layer-ids';
import { markerBlockerText } from '../style/marker-blockers';

/** The map's size and what overlays its top and bottom edges, in CSS px. */
export interface MapBox {
  width: number;
  height: number;
  insetTop: number;
  insetBottom: number;
  /** The story is laid out for a phone (pane-camera.ts): the chapter's phone camera, where it has one. */
  phone?: boolean;
}

/** Layers that show only the chapter's places (their uncertainty areas, their marker stand-ins). */
export type FilteredLayer = typeof LAYER.areasFill | typeof LAYER.areasLine | typeof LAYER.markerBlockers;
/** Layers whose text is in the reader's language. */
export type TextLayer = typeof LAYER.districtLabels | typeof LAYER.cityLabel | typeof LAYER.markerBlockers;

export interface MapView {
  /** The chapter shown: published, not applied. */
  chapter: string;
  camera: CameraTarget;
  /** The room kept clear around the places; MapLibre's centre is the padded view's. */
  padding: PaddingOptions;
  filters: Record<FilteredLayer, ExpressionSpecification>;
  text: Record<TextLayer, DataDrivenPropertyValueSpecification<string>>;
  /** Every layer of the story's own (by its id in the story) that any chapter shows: shown in this one or not. */
  visible: Record<string, boolean>;
  /**
   * The districts emphasised, by adcode: a feature state, not a filter, since a filter on the basemap would send
   * the worker back to lay out every ground tile.
   */
  highlight: readonly string[];
  /** The places marked, drawn as HTML markers by StoryMap.svelte. */
  markers: readonly string[];
}

/** Filter that keeps the features of the places a chapter marks. */
export function placeFilter(ids: readonly string[]): ExpressionSpecification {
  return ['in', ['get', PROP.id], ['literal', [...ids]]];
}

// The story's own layers a chapter shows (author-layers.ts).
const layersOf = (chapter: ResolvedChapter): readonly string[] => chapter.layers ?? [];

/** Where the map looks at a chapter in a map of `box`'s size, and the padding it frames the view in. */
export function chapterCamera(
  chapter: ResolvedChapter,
  box: MapBox,
): { camera: CameraTarget; padding: PaddingOptions } {
  const padding = cameraPadding(box.width, box.height, box.insetTop, box.insetBottom);
  // A fit of places close together would zoom past what the basemap's outlines (or the chapter's own layers'
  // precision) hold to.
  const camera = cameraTarget(paneCamera(chapter, box.phone ?? false), padding, (bounds, p) =>
    fitCamera(bounds, box.width, box.height, p, chapter.maxZoom ?? BASEMAP_MAX_ZOOM),
  );
  return { camera, padding };
}

export function mapView(story: ResolvedStory, chapter: ResolvedChapter, lang: Lang, box: MapBox): MapView {
  const { camera, padding } = chapterCamera(chapter, box);
  const places = placeFilter(chapter.markers);
  const shown = new Set(layersOf(chapter));
  return {
    chapter: chapter.id,
    camera,
    padding,
    filters: { [LAYER.areasFill]: places, [LAYER.areasLine]: places, [LAYER.markerBlockers]: places },
    text: {
      [LAYER.districtLabels]: labelField(lang),
      [LAYER.cityLabel]: labelField(lang),
      [LAYER.markerBlockers]: markerBlockerText(lang),
    },
    visible: Object.fromEntries(story.chapters.flatMap(layersOf).map((id) => [id, shown.has(id)])),
    highlight: chapter.highlight,
    markers: chapter.markers,
  };
}

/** What a new style shows of `view`: all of it but its feature states, which a style cannot hold. */
export function inStyle(view: MapView): MapView {
  return { ...view, highlight: [] };
}
