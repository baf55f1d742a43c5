/** Where a facility's point lies: inside North Korea, and inside the province the facility is listed in. */
import type { Position } from 'geojson';
import { NORTH_KOREA_BOUNDS, isInNorthKorea } from '../geo/northKoreaBounds';
import { NEAREST_PROVINCE_MAX_KM, provinceOf } from '../geo/provinceOf';
import { boundaryNameFor, registerNameFor } from '../provinceNames';
import type { Facility, Province } from '../types';
import type { Reporter } from './reporter';

/** A province mismatch the record itself discloses (it has a locationDoubt): listed on the About page, not a defect to fix. */
export const DISCLOSED_PROVINCE_MISMATCH = 'facility.province.disclosed';

export function checkFacilityPlace(facility: Facility, provinces: readonly Province[], reporter: Reporter): void {
  const { location } = facility;
  if (!location) return;
  if (!isInNorthKorea(location)) {
    reportOutsideCountry(facility.id, location, reporter);
    return;
  }
  if (provinces.length > 0 && facility.province.trim() !== '') checkProvince(facility, location, provinces, reporter);
}

function reportOutsideCountry(id: string, [lon = 0, lat = 0]: Position, reporter: Reporter): void {
  const { west, east, south, north } = NORTH_KOREA_BOUNDS;
  reporter.warning(
    id,
    'facility.outsideCountry',
    `The point [${lon}, ${lat}] lies outside North Korea (longitude ${west}–${east}, latitude ${south}–${north}).`,
    // Swapped Korean coordinates put the latitude above 90: the geometry check reports those as off the Earth.
    'Check the coordinates: GeoJSON writes [longitude, latitude].',
  );
}

function checkProvince(facility: Facility, location: Position, provinces: readonly Province[], reporter: Reporter): void {
  const match = provinceOf(location, provinces);
  if (!match) {
    reporter.warning(facility.id, 'facility.province.none', `The point lies more than ${NEAREST_PROVINCE_MAX_KM} km outside every province boundary.`, 'Check the coordinates.');
    return;
  }
  const stated = boundaryNameFor(facility.province);
  if (sameName(stated, match.name)) return;
  const outside = match.distanceKm > 0 ? ` (the nearest province; ${Math.round(match.distanceKm * 1000)} m outside its boundary)` : '';
  const known = provinces.some((province) => sameName(province.name, stated));
  const message = `The facility is listed in ${facility.province}, but its point lies in ${registerNameFor(match.name)}${outside}.`;
  if (facility.locationDoubt) {
    // Still a warning (the data is still contradictory), but a disclosed one: the card and the About page say why.
    reporter.warning(facility.id, DISCLOSED_PROVINCE_MISMATCH, `${message} Disclosed: the record's locationDoubt says why.`);
    return;
  }
  reporter.warning(
    facility.id,
    'facility.province.mismatch',
    message,
    known
      ? 'Check the stated province and the coordinates against the sources; they may disagree with each other.'
      : `"${facility.province}" is not a province name the boundaries know.`,
  );
}

function sameName(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}
