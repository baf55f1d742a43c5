/**
 * One feature of provinces.geojson → a Province. Properties are {name, pcode}; OCHA's own field names
 * (adm1_name, adm1_pcode) are read too, so the published boundary file can be checked as it is.
 */
import { featureLabel } from '../problems';
import type { Province } from '../types';
import type { FeatureEntry } from './featureCollection';
import { FieldReader } from './fieldReader';
import { failNullGeometry, geometryOf } from './recordGeometry';
import type { Reporter } from './reporter';

export function readProvince(entry: FeatureEntry, reporter: Reporter): Province | null {
  const { properties } = entry;
  // Provinces have no "id"; their pcode names them in problems.
  const reader = new FieldReader(properties, reporter, featureLabel(properties.pcode ?? properties.adm1_pcode, entry.index));
  const nameKey = 'name' in properties || !('adm1_name' in properties) ? 'name' : 'adm1_name';
  const pcodeKey = 'pcode' in properties || !('adm1_pcode' in properties) ? 'pcode' : 'adm1_pcode';
  const name = reader.string(nameKey);
  const pcode = reader.string(pcodeKey);
  if (entry.geometry === null) {
    failNullGeometry(reader, 'a province');
    return null;
  }
  const geometry = geometryOf(reader, entry.geometry, ['Polygon', 'MultiPolygon'], 'a province');
  return reader.failed || !geometry ? null : { name, pcode, geometry };
}
