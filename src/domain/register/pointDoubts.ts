/**
 * The import's province check: a point that lies in another province than its record states contradicts the record.
 * Such a facility keeps its point (it is what the source gives) and gets a locationDoubt saying, in plain words, what
 * is wrong — and, when another facility of that province lies next to it, that the point was probably copied.
 */
import type { Position } from 'geojson';
import { provinceOf } from '../geo/provinceOf';
import { boundaryNameFor, koreanProvinceName, registerNameFor } from '../provinceNames';
import type { Facility, LocalizedText, Province } from '../types';
import { distanceMetres } from './matchSupplement';

/** Closer than this to a facility listed in the point's province, the point was probably copied from it. */
export const COPIED_POINT_M = 100;
/** Closer than this, the neighbour is named to say where the point lies. */
export const NEIGHBOUR_M = 3000;

interface Neighbour {
  facility: Facility;
  distanceM: number;
}

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

function nearestListedIn(boundaryName: string, point: Position, facilities: readonly Facility[], self: Facility): Neighbour | null {
  let nearest: Neighbour | null = null;
  for (const facility of facilities) {
    if (facility === self || !facility.location || !sameName(boundaryNameFor(facility.province), boundaryName)) continue;
    const distanceM = distanceMetres(point, facility.location);
    if (distanceM <= NEIGHBOUR_M && (nearest === null || distanceM < nearest.distanceM)) nearest = { facility, distanceM };
  }
  return nearest;
}

function reason(facility: Facility, actual: string, outsideM: number, neighbour: Neighbour | null): LocalizedText {
  const stated = facility.province;
  const where = outsideM > 0
    ? { en: `just off ${actual}, ${outsideM} m outside its boundary (the nearest province)`, ko: `${koreanProvinceName(actual)} 경계에서 ${outsideM} m 벗어난 곳(가장 가까운 도)` }
    : { en: `in ${actual}`, ko: `${koreanProvinceName(actual)}` };
  let en = `The register lists this facility in ${stated}, but its point lies ${where.en}`;
  let ko = `등록부는 이 시설을 ${koreanProvinceName(stated)}에 두지만, 좌표는 ${where.ko}에 있습니다`;
  if (neighbour) {
    const metres = Math.round(neighbour.distanceM);
    const name = neighbour.facility.name.en;
    const copied = neighbour.distanceM < COPIED_POINT_M;
    en += `, ${metres} m from the ${name} (${neighbour.facility.id})${copied ? ': the point was probably copied' : ''}`;
    ko += `. 그곳의 "${name}"(${neighbour.facility.id})에서 ${metres} m 떨어져 있어${copied ? ' 좌표가 잘못 복사된 것으로 보입니다' : ', 좌표가 이 시설의 위치인지 의심스럽습니다'}`;
  }
  return {
    en: `${en}. The point is shown where the source puts it, but it may not be this facility's.`,
    ko: `${ko}. 지도에는 출처가 준 좌표대로 표시하지만, 이 시설의 위치가 아닐 수 있습니다.`,
  };
}

/** Why the facility's point contradicts its stated province, or null when it does not (or cannot be checked). */
export function provinceDoubt(facility: Facility, facilities: readonly Facility[], provinces: readonly Province[]): LocalizedText | null {
  const { location } = facility;
  if (!location || provinces.length === 0 || facility.province.trim() === '') return null;
  const stated = boundaryNameFor(facility.province);
  if (!provinces.some((province) => sameName(province.name, stated))) return null;
  const match = provinceOf(location, provinces);
  if (!match || sameName(match.name, stated)) return null;
  const neighbour = nearestListedIn(match.name, location, facilities, facility);
  return reason(facility, registerNameFor(match.name), Math.round(match.distanceKm * 1000), neighbour);
}

/** Every facility whose point contradicts its province gets a locationDoubt; the others are returned as they are. */
export function withPointDoubts(facilities: readonly Facility[], provinces: readonly Province[]): Facility[] {
  return facilities.map((facility) => {
    const doubt = provinceDoubt(facility, facilities, provinces);
    return doubt ? { ...facility, locationDoubt: { reason: doubt } } : facility;
  });
}
