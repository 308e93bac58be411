// The CSP build has the same API as the standard one but ships no type declarations of its own.
declare module 'maplibre-gl/dist/maplibre-gl-csp.js' {
  import * as maplibregl from 'maplibre-gl';
  export default maplibregl;
}
