// The CSS of the story's Svelte components, for the element to adopt in its shadow root. scripts/build-embed.ts
// compiles the components with their CSS external and puts that CSS here, in the built file, in place of the
// placeholder string (the CSS exists only once the bundle is made). Read before the build, it is that placeholder.
export const componentCss: string = '__STORY_MAP_COMPONENT_CSS__';
