/** sources.json → Source records: {"schemaVersion": 2, "sources": [Source, …]}. */
import { SCHEMA_VERSION, SOURCE_KINDS, VISIBILITIES } from '../enums';
import { findNonFinite } from '../json/findNonFinite';
import { FILE_LEVEL, featureLabel } from '../problems';
import type { Source, SourceCapture } from '../types';
import { isWebUrl } from '../webUrl';
import { isPlainObject } from './describeValue';
import { FieldReader } from './fieldReader';
import type { Reporter } from './reporter';
import { checkSchemaVersion } from './schemaVersion';

const SHA256_HEX = /^[0-9a-f]{64}$/;

export interface SourceEntry {
  featureId: string;
  value: unknown;
}

/** The entries of the "sources" list, or null when the file does not have that shape (reported). */
export function readSourcesFile(value: unknown, reporter: Reporter): SourceEntry[] | null {
  if (!isPlainObject(value) || !Array.isArray(value.sources)) {
    reporter.error(FILE_LEVEL, 'file.structure', 'The file is not a sources list.', `Expected {"schemaVersion": ${SCHEMA_VERSION}, "sources": [ … ]}.`);
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
  const nonFinite = findNonFinite(entry.value, '');
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
  addProvenance(source, reader);
  return reader.failed ? null : source;
}

/** Who captured a third party's copy, under which licence, the file's hash and a note for readers. */
function addProvenance(source: Source, reader: FieldReader): void {
  const capture = reader.optionalRecord('capture', (nested) => {
    const read: SourceCapture = { by: nested.string('by'), at: nested.string('at') };
    for (const key of ['method', 'repository', 'commit', 'path'] as const) {
      const value = nested.optionalString(key);
      if (value !== undefined) read[key] = value;
    }
    return read;
  });
  const license = reader.optionalString('license');
  const sha256 = reader.optionalString('sha256');
  const note = reader.optionalLocalized('note');
  if (capture !== undefined) source.capture = capture;
  if (license !== undefined) source.license = license;
  if (sha256 !== undefined) {
    if (SHA256_HEX.test(sha256)) source.sha256 = sha256;
    else reader.reportLeftOut('field.type', `Field "sha256" is "${sha256}", which is not a SHA-256 in hexadecimal (64 characters 0-9, a-f); it was left out.`);
  }
  if (note !== undefined) source.note = note;
}
