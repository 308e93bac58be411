// The CSS of the story's Svelte components, for the element to adopt in its shadow root. scripts/build-embed.ts
// compiles the components with their CSS external and puts that CSS here, in the built file, in place of the
// placeholder string (the CSS exists only once the bundle is made).
export const COMPONENT_CSS_PLACEHOLDER = '__STORY_MAP_COMPONENT_CSS__';

export const componentCss: string = COMPONENT_CSS_PLACEHOLDER;
