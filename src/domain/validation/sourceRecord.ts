/** sources.json → Source records: {"schemaVersion": 1, "sources": [Source, …]}. */
import { SOURCE_KINDS, VISIBILITIES } from '../enums';
import { scanJson } from '../json/scanJson';
import { FILE_LEVEL, featureLabel } from '../problems';
import type { Source } from '../types';
import { isWebUrl } from '../webUrl';
import { isPlainObject } from './describeValue';
import { reportTooDeep } from './featureCollection';
import { FieldReader } from './fieldReader';
import type { Reporter } from './reporter';
import { checkSchemaVersion } from './schemaVersion';

export interface SourceEntry {
  featureId: string;
  value: unknown;
}

/** The entries of the "sources" list, or null when the file does not have that shape (reported). */
export function readSourcesFile(value: unknown, reporter: Reporter): SourceEntry[] | null {
  if (!isPlainObject(value) || !Array.isArray(value.sources)) {
    reporter.error(FILE_LEVEL, 'file.structure', 'The file is not a sources list.', 'Expected {"schemaVersion": 1, "sources": [ … ]}.');
    return null;
  }
  if (!checkSchemaVersion(value.schemaVersion, reporter, true)) return null;
  return value.sources.map((source: unknown, index) => ({
    featureId: featureLabel(isPlainObject(source) ? source.id : undefined, index),
    value: source,
  }));
}

export function readSource(entry: SourceEntry, reporter: Reporter): Source | null {
  if (!isPlainObject(entry.value)) {
    reporter.error(entry.featureId, 'file.structure', 'This source is not an object.');
    return null;
  }
  const { nonFinite, tooDeep } = scanJson(entry.value);
  if (tooDeep !== null) {
    reportTooDeep(reporter, entry.featureId, tooDeep, 'the source was not loaded');
    return null;
  }
  if (nonFinite.length > 0) {
    reporter.error(entry.featureId, 'number.nonFinite', `"${nonFinite.join('", "')}" holds a number too large for JSON (read as Infinity); the source was not loaded.`);
    return null;
  }
  const reader = new FieldReader(entry.value, reporter, entry.featureId);
  const source: Source = {
    id: reader.id(),
    kind: reader.oneOf('kind', SOURCE_KINDS),
    title: reader.string('title'),
    visibility: reader.oneOf('visibility', VISIBILITIES),
  };
  const url = reader.optionalString('url');
  const publisher = reader.optionalString('publisher');
  const date = reader.optionalDate('date');
  if (url !== undefined) {
    source.url = url;
    // Kept as written (nothing is lost), but never offered as a link: a javascript: or file: address is not a source.
    if (!isWebUrl(url)) {
      reporter.warning(
        entry.featureId,
        'source.url.scheme',
        `Field "url" is "${url}", which is not an http or https address; it is shown as text, not as a link.`,
        'Write the full web address, starting with https://.',
      );
    }
  }
  if (publisher !== undefined) source.publisher = publisher;
  if (date !== undefined) source.date = date;
  return reader.failed ? null : source;
}
