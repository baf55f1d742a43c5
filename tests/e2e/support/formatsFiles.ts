/**
 * SYNTHETIC files for the formats UI's browser test, made here: a Google Earth KML and an Uwazi CSV of facilities,
 * a CSV of violations whose latitude and longitude columns are swapped, and a small dataset for the map's export
 * with a restricted source, a facility resting on it alone and a restricted violation. Every id says SYNTHETIC;
 * every point is made up (inside the bundled province it names, so it loads without a warning).
 */
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { pointOnFeature } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';

export const ONSONG = 'nkpd-pe7q4z9cv8';

export const KML_FILE = `<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document><name>SYNTHETIC places</name>
<Placemark><name>SYNTHETIC KML camp one</name><ExtendedData><Data name="id"><value>SYNTHETIC-kml-1</value></Data><Data name="type"><value>political_prison_camp</value></Data></ExtendedData><Point><coordinates>129.25,41.75,0</coordinates></Point></Placemark>
<Placemark><name>SYNTHETIC KML office two</name><ExtendedData><Data name="id"><value>SYNTHETIC-kml-2</value></Data><Data name="type"><value>office</value></Data></ExtendedData><Point><coordinates>129.5,41.5,0</coordinates></Point></Placemark>
</Document></kml>
`;

export const UWAZI_CSV = ['Title,Title__ko,Type,Home_geolocation,id', 'SYNTHETIC Uwazi office,합성 사무소,Office,41.8|129.3,SYNTHETIC-uwazi-1', 'SYNTHETIC Uwazi camp,합성 관리소,Political prison camp,41.6|129.9,SYNTHETIC-uwazi-2', ''].join('\n');

/** Violations at Onsong whose "lat" column holds longitudes and "lon" latitudes: the swap fixes them. */
export const SWAPPED_CSV = [
  'id,facility_id,category,summary_en,lat,lon',
  `SYNTHETIC-swapped-1,${ONSONG},torture,SYNTHETIC account one,129.987,42.9596`,
  `SYNTHETIC-swapped-2,${ONSONG},forced_labour,SYNTHETIC account two,129.9871,42.9597`,
  '',
].join('\n');

/** A CSV saved in Windows-1252 by a Western spreadsheet (written as latin1 bytes by the test): "é" is not UTF-8. */
export const LATIN_CSV = 'id,name,latitude,longitude\nSYNTHETIC-latin-1,SYNTHETIC Café,41.75,129.25\n';

/** About 120 MB of SYNTHETIC facility rows, written in blocks: large enough that reading it takes a while. */
export function writeLargeCsv(path: string, rows = 1_500_000): void {
  const file = openSync(path, 'w');
  try {
    writeSync(file, 'id,name,type,latitude,longitude,notes\n');
    const block = 10_000;
    for (let start = 0; start < rows; start += block) {
      let text = '';
      for (let row = start; row < start + block; row += 1) text += `SYNTHETIC-large-${row},SYNTHETIC place ${row},office,41.${row % 1000},129.${row % 997},SYNTHETIC note\n`;
      writeSync(file, text);
    }
  } finally {
    closeSync(file);
  }
}

const provinces = (JSON.parse(readFileSync('data/geojson/provinces.geojson', 'utf8')) as { features: Feature<Polygon | MultiPolygon, { name: string }>[] }).features;
const inside = (name: string) => pointOnFeature(provinces.find((feature) => feature.properties.name === name) ?? provinces[0]!).geometry.coordinates as [number, number];

const SOURCES = [
  { id: 'SYNTHETIC-public-report', kind: 'report', title: 'SYNTHETIC public report', visibility: 'public' },
  { id: 'SYNTHETIC-restricted-testimony', kind: 'testimony', title: 'SYNTHETIC-SECRET testimony', visibility: 'restricted' },
];

function facility(id: string, type: string, province: string, sourceId = 'SYNTHETIC-public-report') {
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: inside(province) },
    properties: { id, name: { en: `${id} facility` }, type, agency: 'SYNTHETIC agency', province, status: 'unknown', precision: 'site', sources: [{ sourceId }] },
  };
}

function violation(id: string, facilityId: string, visibility: string, sourceId: string) {
  return {
    type: 'Feature',
    geometry: null,
    properties: { id, facilityId, category: 'torture', date: { from: '2001' }, summary: { en: `${id} account` }, placement: 'facility_only', visibility, sources: [{ sourceId }] },
  };
}

const collection = (features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', schemaVersion: 2, features });

/** Two public camps, a camp known only from a restricted testimony, and an office (another type). */
export const EXPORT_DATASET = {
  facilities: collection([
    facility('SYNTHETIC-camp-north', 'political_prison_camp', 'North Hamgyong'),
    facility('SYNTHETIC-camp-south', 'political_prison_camp', 'South Hamgyong'),
    facility('SYNTHETIC-camp-SECRET', 'political_prison_camp', 'Ryanggang', 'SYNTHETIC-restricted-testimony'),
    facility('SYNTHETIC-office', 'office', 'North Hamgyong'),
  ]),
  sources: JSON.stringify({ schemaVersion: 2, sources: SOURCES }),
  violations: collection([
    violation('SYNTHETIC-violation-public', 'SYNTHETIC-camp-north', 'public', 'SYNTHETIC-public-report'),
    violation('SYNTHETIC-violation-SECRET', 'SYNTHETIC-camp-north', 'restricted', 'SYNTHETIC-restricted-testimony'),
  ]),
};
