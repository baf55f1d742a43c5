/**
 * Who a layer's tiles come from: the host the browser contacts (which sees the reader's address and the area
 * looked at) and the provider's name as readers know it. Pure, no maplibre import: the build reads the same
 * hosts to write the Content-Security-Policy (scripts/build/securityHeaders.ts).
 */
import { BUILT_IN_IMAGERY, type ImageryLayer } from './imageryLayers';

export interface ImageryProvider {
  /** host[:port] of the tile template: what consent is given for. */
  host: string;
  /** The provider's name, or the host itself for a layer a user added. */
  name: string;
}

/** Esri's list of Wayback releases, fetched by @vannizhang/wayback-core when the user asks for it. */
export const WAYBACK_RELEASES_URL = 'https://s3-us-west-2.amazonaws.com/config.maptiles.arcgis.com/waybackconfig.json';

const PROVIDER_NAMES: Readonly<Record<string, string>> = {
  'server.arcgisonline.com': 'Esri',
  'wayback.maptiles.arcgis.com': 'Esri',
  'tiles.maps.eox.at': 'EOX',
};

/** The origin (scheme, host and port) of a tile template; placeholders such as {z} are dropped first. */
export function templateOrigin(template: string): string {
  return new URL(template.replace(/[{}]/g, '')).origin;
}

export function imageryProvider(layer: ImageryLayer): ImageryProvider {
  const host = new URL(templateOrigin(layer.tiles[0] ?? '')).host;
  return { host, name: PROVIDER_NAMES[host] ?? host };
}

/** The origins the built-in layers load tiles from (Wayback releases loaded later share Esri's Wayback host). */
export function builtInImageryOrigins(): string[] {
  return [...new Set(BUILT_IN_IMAGERY.flatMap((layer) => layer.tiles.map(templateOrigin)))];
}
