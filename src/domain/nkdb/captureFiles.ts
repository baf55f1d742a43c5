/**
 * The two files of the Visual Atlas capture, read into typed records: incidents.json ({scrapedAt, labels,
 * incidents: [{id, rights[], perpetrator[], decade[], location[]}]}) and locations.json ([{slug, label, count, lat,
 * lng}]). A file of the wrong shape stops the import; a single unreadable record is reported and left out.
 */
import { isPlainObject } from '../validation/describeValue';
import { MalformedInputError } from '../register/importIssue';

export interface NkdbIncident {
  /** 0-based position in the file, for messages. */
  index: number;
  /** NKDB's case number(s) exactly as captured: may be empty, repeated, or several separated by newlines. */
  caseId: string;
  rights: string[];
  perpetrator: string[];
  decade: string[];
  /** The place's slug, or undefined when the incident names none. */
  location: string | undefined;
}

export interface NkdbLocation {
  slug: string;
  /** NKDB's English label; the kind of place is its first comma-separated part. */
  label: string;
  count: number;
  lat: number;
  lng: number;
}

export interface IncidentsFile {
  scrapedAt: string;
  incidents: NkdbIncident[];
  /** Records that could not be read, by position, with why. */
  unreadable: string[];
}

const isStringList = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');

function readIncident(value: unknown, index: number): NkdbIncident | string {
  if (!isPlainObject(value)) return `incident #${index} is not an object`;
  const { id, rights, perpetrator, decade, location } = value;
  if (typeof id !== 'string') return `incident #${index} has no text "id"`;
  for (const [name, list] of Object.entries({ rights, perpetrator, decade, location })) {
    if (!isStringList(list)) return `incident #${index} (${JSON.stringify(id)}): "${name}" is not a list of codes`;
  }
  const places = location as string[];
  if (places.length > 1) return `incident #${index} (${JSON.stringify(id)}) names ${places.length} places; one is expected`;
  return {
    index,
    caseId: id,
    rights: [...(rights as string[])],
    perpetrator: [...(perpetrator as string[])],
    decade: [...(decade as string[])],
    location: places[0],
  };
}

/** incidents.json → its records; throws MalformedInputError when the file is not the capture's shape. */
export function readIncidentsFile(value: unknown, file: string): IncidentsFile {
  if (!isPlainObject(value) || !Array.isArray(value.incidents) || typeof value.scrapedAt !== 'string') {
    throw new MalformedInputError(`${file}: expected {"scrapedAt": "…", "labels": {…}, "incidents": [ … ]}`);
  }
  const incidents: NkdbIncident[] = [];
  const unreadable: string[] = [];
  value.incidents.forEach((entry: unknown, index) => {
    const read = readIncident(entry, index);
    if (typeof read === 'string') unreadable.push(read);
    else incidents.push(read);
  });
  return { scrapedAt: value.scrapedAt, incidents, unreadable };
}

export interface LocationsFile {
  locations: NkdbLocation[];
  unreadable: string[];
}

/** locations.json → its places; an entry without a slug, a label or a finite point is reported and left out. */
export function readLocationsFile(value: unknown, file: string): LocationsFile {
  if (!Array.isArray(value)) throw new MalformedInputError(`${file}: expected a list of places [{"slug", "label", "lat", "lng", …}]`);
  const locations: NkdbLocation[] = [];
  const unreadable: string[] = [];
  value.forEach((entry: unknown, index) => {
    const { slug, label, count, lat, lng } = isPlainObject(entry) ? entry : {};
    const valid =
      typeof slug === 'string' && slug !== '' && typeof label === 'string' && typeof lat === 'number' && typeof lng === 'number';
    if (!valid || !Number.isFinite(lat) || !Number.isFinite(lng)) {
      unreadable.push(`place #${index} lacks a slug, a label or a finite lat/lng`);
      return;
    }
    locations.push({ slug, label, count: typeof count === 'number' ? count : 0, lat, lng });
  });
  return { locations, unreadable };
}
