// The story's one breakpoint: the phone layout (the map above the text, the compact chapter row, the smaller
// language switch and insets) is for a story drawn in a container at most this wide, in CSS px. The container is the
// story's own (`container-name: story`: the page's frame, the embed page's, the <story-map> element's), never the
// window: an embedded story may be narrow on a wide screen. Stylesheets ask for it as `@container story (--phone)`,
// which the build writes out from this number (scripts/phone-query.ts): a query's condition cannot read a custom
// property, so the number lives here, once.
export const PHONE_WIDTH = 760;

// The story's short map: a map pane at most this tall, in CSS px (a phone's, upright, where the map takes half the
// screen, or on its side, where it takes all of it) shows the chapter navigation as one compact row. Asked as
// `@container pane (--short-pane)` of the pane itself, or `@media (--short-pane)` of a page whose pane is the window's
// height, written out as PHONE_WIDTH is.
export const SHORT_PANE = 480;

// A window at most SHORT_PANE tall and at least this wide for its height is a phone on its side: its story gets the
// map beside the text whatever its width, as stacked the map would be a strip across the top of a short screen. The
// ratio keeps a short window that is nearly square (a narrow desktop window, a split screen) stacked.
export const SIDEWAYS_ASPECT = '3/2';
