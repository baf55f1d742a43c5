/**
 * The default view's facilities as the live map draws them at each tile zoom: clustered by the same index maplibre
 * builds in its worker (@maplibre/geojson-vt's Supercluster, with the facility source's options), each unclustered
 * facility with its marker, fading and badges (facilityLayers), and the images it uses cut from the same marker
 * sheets the live map loads, as one PNG strip in index.html (the sheet itself arrives seconds later on a slow network).
 */
import { Supercluster } from '@maplibre/geojson-vt';
import type { Feature, Point } from 'geojson';
import { PNG } from 'pngjs';
import { compactPng } from '../compactPng';
import { markerSheet } from '../../../src/map/icons/rasterMarker';
import { DOUBTFUL_BADGE, UNCONFIRMED_BADGE } from '../../../src/map/icons/rasterBadges';
import { mercatorX, mercatorY } from '../../../src/map/firstView/firstViewCamera';
import type { FirstViewFacilities, FirstViewImages, FirstViewMarker } from '../../../src/map/firstView/firstViewData';
import { CLUSTER_MAX_ZOOM, type FacilityPointProperties } from '../../../src/map/layers/facilityLayers';

/** maplibre's tile extent, and the facility source's cluster radius in pixels (MapController). */
const EXTENT = 8192;
const CLUSTER_RADIUS = 40;
const TILE_SIZE = 512;
/** Mercator units are written with this many digits: a thousandth of a pixel at zoom 9. */
const DIGITS = 9;

const round = (value: number) => Number(value.toFixed(DIGITS));

/** Clusters and markers at each of `zooms`, as the live map's facility layers draw them. */
export function facilitiesByZoom(features: readonly Feature<Point, FacilityPointProperties>[], zooms: readonly number[]): Record<string, FirstViewFacilities> {
  const index = new Supercluster({
    maxZoom: CLUSTER_MAX_ZOOM,
    minPoints: 2,
    extent: EXTENT,
    radius: CLUSTER_RADIUS * (EXTENT / TILE_SIZE),
    log: false,
    generateId: false,
    // The source's clusterProperties (VIOLATION_CLUSTER_PROPERTIES): a cluster's violations are its facilities' sum.
    map: (properties) => ({ violations: Number(properties?.violations ?? 0) }),
    reduce: (sum, properties) => void (sum.violations = Number(sum.violations ?? 0) + Number(properties.violations ?? 0)),
  });
  index.load([...features]);
  const byZoom: Record<string, FirstViewFacilities> = {};
  for (const zoom of zooms) {
    const drawn: FirstViewFacilities = { clusters: [], markers: [], badges: [] };
    const doubtful: FirstViewMarker[] = [];
    const unconfirmed: FirstViewMarker[] = [];
    for (const feature of index.getClusters([-180, -85, 180, 85], zoom)) {
      const [lon = 0, lat = 0] = (feature.geometry as Point).coordinates;
      const [x, y] = [round(mercatorX(lon)), round(mercatorY(lat))];
      const properties = feature.properties as Partial<FacilityPointProperties> & { point_count?: number; point_count_abbreviated?: string | number };
      const violations = Number(properties.violations ?? 0) > 0 ? { violations: Number(properties.violations) } : {};
      if (properties.point_count) {
        drawn.clusters.push({ x, y, count: properties.point_count, text: String(properties.point_count_abbreviated ?? properties.point_count), ...violations });
        continue;
      }
      drawn.markers.push({ x, y, icon: properties.icon ?? '', ...(properties.doubtful ? { faded: true as const } : {}), ...violations });
      if (properties.doubtful) doubtful.push({ x, y, icon: DOUBTFUL_BADGE });
      if (properties.unconfirmed) unconfirmed.push({ x, y, icon: UNCONFIRMED_BADGE });
    }
    drawn.badges = [...doubtful, ...unconfirmed];
    byZoom[String(zoom)] = drawn;
  }
  return byZoom;
}

function pngDataUrl(pixels: Uint8ClampedArray, width: number, height: number): string {
  const png = new PNG({ width, height });
  png.data = Buffer.from(pixels.buffer, pixels.byteOffset, pixels.byteLength);
  return `data:image/png;base64,${compactPng(png).toString('base64')}`;
}

/**
 * The images `names` at 1× and 2×, cut from the marker sheets the live map loads, one above the other in one PNG
 * per ratio: one image to load, not one per marker.
 */
export function markerIcons(names: ReadonlySet<string>): { names: string[]; strips: FirstViewImages['strips'] } {
  const ordered = [...names].sort();
  const [one = '', two = ''] = [markerSheet(1), markerSheet(2)].map((sheet) => {
    const bytes = sheet.size * sheet.size * 4;
    const strip = new Uint8ClampedArray(bytes * ordered.length);
    ordered.forEach((name, slot) => {
      const index = sheet.names.indexOf(name);
      if (index < 0) throw new Error(`the marker sheets have no image named ${name}`);
      strip.set(sheet.pixels.subarray(index * bytes, (index + 1) * bytes), slot * bytes);
    });
    return pngDataUrl(strip, sheet.size, sheet.size * ordered.length);
  });
  return { names: ordered, strips: [one, two] };
}
