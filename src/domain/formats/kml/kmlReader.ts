/**
 * KML (Google Earth, Google My Maps) and KMZ → rows, by @tmcw/togeojson over @xmldom/xmldom's parser (the same in
 * Node, a page and a Web Worker, which has no DOMParser; xmldom also reads the slightly invalid KML many tools
 * write). Each placemark is a row: its name, description and extended data as cells, the folders it sits in as
 * "folder", its point from the geometry. Style members are left out: they describe the drawing, not the place.
 */
import { kmlWithFolders } from '@tmcw/togeojson';
import { DOMParser } from '@xmldom/xmldom';
import { unzipSync } from 'fflate';
import type { Feature } from 'geojson';
import { importProblem, type ImportProblem, type TableRow } from '../formatTypes';
import type { DocumentRead } from '../geojson/geojsonReader';
import { flattenProperties } from '../geojson/flatten';
import { pointOfGeometry } from '../geojson/pointOf';
import { decodeWhole } from '../input/decodeText';

const STYLE_MEMBERS = new Set([
  'styleUrl', 'styleHash', 'styleMapHash', 'stroke', 'stroke-opacity', 'stroke-width', 'fill', 'fill-opacity', 'icon',
  'icon-scale', 'icon-color', 'icon-opacity', 'icon-offset', 'icon-offset-units', 'label-color', 'label-scale', 'label-opacity', 'visibility',
]);

type Node = { type: 'folder'; meta: Record<string, unknown>; children: Node[] } | Feature;

export function readKmlText(text: string, file: string): DocumentRead {
  const problems: ImportProblem[] = [];
  const fail = (code: string, message: string, hint?: string): DocumentRead => {
    problems.push(importProblem('error', file, undefined, code, message, hint));
    return { rows: [], problems, fileSources: [] };
  };
  if (text.trim() === '') return fail('file.empty', 'The file is empty.');
  let document: ReturnType<DOMParser['parseFromString']>;
  try {
    document = new DOMParser({ onError: (level, message) => { if (level === 'fatalError') throw new Error(message); } }).parseFromString(text, 'text/xml');
  } catch (error) {
    return fail('kml.xml', `The file is not readable XML: ${error instanceof Error ? error.message : String(error)}.`, 'Save it again from Google Earth (File → Save Place As → KML).');
  }
  if (document.documentElement?.localName !== 'kml') return fail('kml.notKml', 'The file is XML but not KML (its root element is not <kml>).');
  const rows: TableRow[] = [];
  const walk = (nodes: readonly Node[], folders: string[]) => {
    for (const node of nodes) {
      if (node.type === 'folder') walk(node.children, [...folders, String(node.meta.name ?? '')].filter(Boolean));
      else rows.push(rowOf(node, rows.length, folders));
    }
  };
  walk(kmlWithFolders(document).children as Node[], []);
  if (rows.length === 0) return fail('file.noRows', 'The KML holds no placemarks.');
  return { rows, problems, fileSources: [] };
}

/** A KMZ is a zip holding a KML ("doc.kml" by convention, else the first .kml) and the files it refers to. */
export function readKmzBytes(bytes: Uint8Array, file: string, encoding?: string): DocumentRead {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes);
  } catch (error) {
    const problem = importProblem('error', file, undefined, 'kmz.zip', `The file is not a readable KMZ (zip): ${error instanceof Error ? error.message : String(error)}.`);
    return { rows: [], problems: [problem], fileSources: [] };
  }
  const names = Object.keys(entries).filter((name) => !name.endsWith('/'));
  const kml = names.find((name) => name.toLowerCase() === 'doc.kml') ?? names.filter((name) => /\.kml$/i.test(name)).sort((a, b) => a.split('/').length - b.split('/').length)[0];
  if (kml === undefined) {
    const listed = names.length === 0 ? 'nothing' : names.slice(0, 5).join(', ') + (names.length > 5 ? ', …' : '');
    const problem = importProblem('error', file, undefined, 'kmz.noKml', `The KMZ holds no KML file (it holds ${listed}).`, 'Save the place again from Google Earth as KMZ or KML.');
    return { rows: [], problems: [problem], fileSources: [] };
  }
  return readKmlText(decodeWhole(`${file}/${kml}`, entries[kml] ?? new Uint8Array(), encoding), file);
}

function rowOf(feature: Feature, index: number, folders: readonly string[]): TableRow {
  const properties = Object.fromEntries(Object.entries(feature.properties ?? {}).filter(([key]) => !STYLE_MEMBERS.has(key)));
  const description = properties.description;
  // togeojson marks HTML descriptions {"@type": "html", value}: the cell keeps the text as written.
  if (description && typeof description === 'object' && 'value' in description) properties.description = (description as { value: unknown }).value;
  const cells = flattenProperties(properties);
  if (folders.length > 0) cells.folder = folders.join(' / ');
  const name = cells.name;
  const row: TableRow = { where: `placemark ${index + 1}${name ? ` "${name}"` : ''}`, cells };
  const geometry = pointOfGeometry(feature.geometry);
  if ('problem' in geometry) row.geometryProblem = geometry.problem;
  else row.point = geometry.point;
  return row;
}
