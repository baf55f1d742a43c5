/**
 * The map's own controls: zoom and compass buttons (a click on the compass turns north up again) and a scale bar
 * for distances, with their words in the reader's language.
 */
import { NavigationControl, ScaleControl, type Map as MaplibreMap } from 'maplibre-gl';

/** The controls' words, by maplibre's UI string ids. */
export type MapUiText = Record<'NavigationControl.ZoomIn' | 'NavigationControl.ZoomOut' | 'NavigationControl.ResetBearing' | 'Map.Title', string>;

export class MapControls {
  private readonly map: MaplibreMap;
  private navigation: NavigationControl | null = null;

  constructor(map: MaplibreMap) {
    this.map = map;
    this.addNavigation();
    map.addControl(new ScaleControl({ unit: 'metric', maxWidth: 120 }), 'bottom-left');
  }

  private addNavigation(): void {
    if (this.navigation) this.map.removeControl(this.navigation);
    this.navigation = new NavigationControl({ visualizePitch: false });
    this.map.addControl(this.navigation, 'top-left');
  }

  /** The controls' words in another language: the buttons are made again with them (maplibre reads them once). */
  setUiText(text: MapUiText): void {
    Object.assign(this.map._locale, text);
    this.map.getCanvas().setAttribute('aria-label', text['Map.Title']);
    this.addNavigation();
  }
}
