/**
 * Which province a point lies in. Simplified boundaries leave points on a river or the coast just outside
 * every polygon, so a point outside all of them goes to the nearest province within a small distance.
 */
import { bbox, booleanPointInPolygon } from '@turf/turf';
import type { BBox, Position } from 'geojson';
import type { Province } from '../types';
import { distanceToOutlineKm } from './distanceToOutline';

export interface ProvinceMatch {
  /** The province's name as its boundary file writes it (COD-AB: "Jagang", not "Chagang"). */
  name: string;
  /** 0 inside the polygon; otherwise how far outside it the point lies. */
  distanceKm: number;
}

/** How far outside every polygon a point may lie and still be assigned to the nearest one. */
export const NEAREST_PROVINCE_MAX_KM = 2;
const KM_PER_DEGREE_LATITUDE = 111.32;

interface IndexedProvince {
  province: Province;
  box: BBox;
}

/** Bounding boxes per provinces array, computed once: most points then skip most polygon tests. */
const indexes = new WeakMap<readonly Province[], IndexedProvince[]>();

export function provinceOf(point: Position, provinces: readonly Province[], maxDistanceKm = NEAREST_PROVINCE_MAX_KM): ProvinceMatch | null {
  const indexed = indexOf(provinces);
  const [lon = 0, lat = 0] = point;
  const inside = indexed.find(({ province, box }) => inBox(lon, lat, box, 0, 0) && booleanPointInPolygon(point, province.geometry));
  if (inside) return { name: inside.province.name, distanceKm: 0 };
  const latMargin = maxDistanceKm / KM_PER_DEGREE_LATITUDE;
  const lonMargin = latMargin / Math.max(Math.cos((lat * Math.PI) / 180), 0.01);
  let nearest: ProvinceMatch | null = null;
  for (const { province, box } of indexed) {
    if (!inBox(lon, lat, box, lonMargin, latMargin)) continue;
    const distanceKm = distanceToOutlineKm(point, province.geometry);
    if (distanceKm <= maxDistanceKm && (nearest === null || distanceKm < nearest.distanceKm)) {
      nearest = { name: province.name, distanceKm };
    }
  }
  return nearest;
}

function indexOf(provinces: readonly Province[]): IndexedProvince[] {
  let indexed = indexes.get(provinces);
  if (!indexed) {
    indexed = provinces.map((province) => ({ province, box: bbox(province.geometry) }));
    indexes.set(provinces, indexed);
  }
  return indexed;
}

function inBox(lon: number, lat: number, [west, south, east, north]: BBox, lonMargin: number, latMargin: number): boolean {
  return lon >= west - lonMargin && lon <= east + lonMargin && lat >= south - latMargin && lat <= north + latMargin;
}
