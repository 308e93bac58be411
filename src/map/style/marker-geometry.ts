// The marker as MapMarker.svelte draws it, in CSS px, for everything that must leave room for it or stand in for
// it: the camera's padding (camera.ts), the popup's offset (PlacePopup.svelte), the first frame's framing
// (FirstFrame.svelte, through --marker-height in src/ui/tokens.css) and the label stand-ins (marker-blockers.ts).

/**
 * A 13 px label (line-height 1.3, 6 px side padding) standing on a 24 x 32 pin whose tip is the point; an
 * approximate place has no pin, its label centred on the point with the word "approximate" below in 11 px.
 */
export const MARKER = {
  textSize: 13,
  lineHeight: 1.3,
  padding: 6,
  pinWidth: 24,
  pinHeight: 32,
  noteSize: 11,
};

/** How far above its point a pin's marker reaches: the pin, the label on it (about 19 px) and its shadow. */
export const MARKER_HEIGHT = 56;
