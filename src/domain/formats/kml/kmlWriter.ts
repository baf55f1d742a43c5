/**
 * Records → KML for Google Earth, by @placemarkio/tokml: one folder named for the export (its description holds
 * the attribution and licence lines), inside it a folder of facilities and one of violations. Each placemark's
 * name is what Google Earth labels it with, its description a readable card, and its extended data the record's
 * fields (the same columns as the CSV export), which this app's KML import reads back.
 */
import { foldersToKML } from '@placemarkio/tokml';
import type { Root } from '@tmcw/togeojson';
import type { Feature, Point } from 'geojson';
import type { Facility, Violation } from '../../types';
import type { AttributionLines } from '../export/attribution';
import type { ExportRow } from '../export/exportRows';
import { CATEGORY_LABELS, STATUS_LABELS, TYPE_LABELS } from '../mapping/vocabulary';

export interface KmlRecord<T> {
  record: T;
  row: ExportRow;
}

export function kmlDocument(
  title: string,
  facilities: readonly KmlRecord<Facility>[],
  violations: readonly KmlRecord<Violation>[],
  lines: AttributionLines,
): string {
  const description = [...lines.attribution, ...lines.license].join('\n');
  const root: Root = {
    type: 'root',
    children: [
      {
        type: 'folder',
        meta: { name: title, description },
        children: [
          { type: 'folder', meta: { name: 'Facilities' }, children: facilities.map(facilityPlacemark) },
          { type: 'folder', meta: { name: 'Violations' }, children: violations.map(violationPlacemark) },
        ],
      },
    ],
  };
  return `<?xml version="1.0" encoding="UTF-8"?>\n${foldersToKML(root)}\n`;
}

function facilityPlacemark({ record, row }: KmlRecord<Facility>): Feature<Point | null> {
  const card = [
    record.name.ko,
    `${TYPE_LABELS[record.type]} · ${record.agency || 'agency unknown'}`,
    [record.county, record.province].filter(Boolean).join(', '),
    `Status: ${STATUS_LABELS[record.status]} · location precision: ${record.precision}`,
    `Sources: ${row.sources}`,
    row.attribution,
  ];
  return placemark(record.name.en, card, record.location, row, ['name_en', 'latitude', 'longitude']);
}

function violationPlacemark({ record, row }: KmlRecord<Violation>): Feature<Point | null> {
  const dates = [record.date.from, record.date.to].filter(Boolean).join(' – ');
  const card = [record.summary.en, record.summary.ko, `Facility: ${record.facilityId}`, `Sources: ${row.sources}`, row.attribution];
  return placemark(`${CATEGORY_LABELS[record.category]}${dates ? `, ${dates}` : ''}`, card, record.location, row, ['latitude', 'longitude']);
}

function placemark(name: string, card: readonly (string | undefined)[], location: Facility['location'], row: ExportRow, leftOut: readonly string[]): Feature<Point | null> {
  const data = Object.fromEntries(Object.entries(row).filter(([column, value]) => value !== '' && !leftOut.includes(column)));
  return {
    type: 'Feature',
    geometry: location ? { type: 'Point', coordinates: [...location] } : null,
    properties: { name, description: card.filter(Boolean).join('\n'), ...data },
  };
}
