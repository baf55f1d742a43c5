// The package ships no types; this is the part of its API the app uses (see its API.md).
declare module '@maplibre/maplibre-gl-compare' {
  import type { Map } from 'maplibre-gl';

  export default class Compare {
    constructor(a: Map, b: Map, container: string | HTMLElement, options?: { orientation?: 'vertical' | 'horizontal'; mousemove?: boolean });
    setSlider(x: number): void;
    remove(): void;
  }
}
