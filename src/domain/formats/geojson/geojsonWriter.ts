/**
 * Records → one GeoJSON FeatureCollection for QGIS and geojson.io: each feature's properties are the contract's
 * (so this app imports them back whole), plus "record" (facility or violation) and the attribution and licence
 * lines; the collection lists the sources the records cite and says when it was made and whether it is restricted.
 */
import { SCHEMA_VERSION } from '../../enums';
import { facilityFeature } from '../../register/facilityFeature';
import type { Facility, Source, Violation } from '../../types';
import { violationToGeoJson } from '../../workbench/contractFiles';
import { joinedLines, type AttributionLines } from '../export/attribution';

export interface GeojsonExport {
  title: string;
  exportedAt: string;
  restricted: boolean;
  facilities: readonly Facility[];
  violations: readonly Violation[];
  sources: readonly Source[];
  lines: AttributionLines;
}

export function geojsonText({ title, exportedAt, restricted, facilities, violations, sources, lines }: GeojsonExport): string {
  const readers = { attribution: joinedLines(lines.attribution), license: joinedLines(lines.license) };
  const features = [
    ...facilities.map((facility) => {
      const feature = facilityFeature(facility);
      return { ...feature, properties: { record: 'facility', ...feature.properties, ...readers } };
    }),
    ...violations.map((violation) => {
      const feature = violationToGeoJson(violation);
      return { ...feature, properties: { record: 'violation', ...feature.properties, ...readers } };
    }),
  ];
  const collection = {
    type: 'FeatureCollection',
    schemaVersion: SCHEMA_VERSION,
    name: title,
    exportedAt,
    ...(restricted ? { restricted: true } : {}),
    attribution: lines.attribution,
    license: lines.license,
    sources,
    features,
  };
  return `${JSON.stringify(collection, null, 2)}\n`;
}
