/**
 * One file → its records and problems, with every check that needs nothing outside the file: JSON, GeoJSON,
 * fields, unique ids and, for a plan, its internal references and shapes.
 */
import { parseJson } from '../json/parseJson';
import { FILE_LEVEL, internalError, type Problem } from '../problems';
import type { Dataset, Plan } from '../types';
import { readFacility } from '../validation/facilityRecord';
import { readFeatureCollection, type FeatureEntry, type FeatureCollectionContent } from '../validation/featureCollection';
import { checkPlanGeometry } from '../validation/planGeometry';
import { readPlanFeature } from '../validation/planRecord';
import { checkPlanInternalReferences } from '../validation/planReferences';
import { readProvince } from '../validation/provinceRecord';
import { readImportReports } from '../validation/importReports';
import { readRegisterInfo } from '../validation/registerInfo';
import { createReporter, type Reporter } from '../validation/reporter';
import { readSource, readSourcesFile } from '../validation/sourceRecord';
import { readViolation } from '../validation/violationRecord';
import { planFileFacilityId, type FileKind } from './fileKinds';
import type { LoadedFile, RawFile } from './loadTypes';

export function loadFile(file: RawFile, kind: FileKind): LoadedFile {
  const problems: Problem[] = [];
  const reporter = createReporter(file.path, problems);
  try {
    const parsed = parseJson(file.text, reporter);
    const records = parsed.ok ? readRecords(file.path, kind, parsed.value, reporter) : {};
    return { file: file.path, kind, records, problems };
  } catch (error) {
    // A fault in a check must cost this file only, and say which file it was.
    return { file: file.path, kind, records: {}, problems: [...problems, internalError(file.path, FILE_LEVEL, error)] };
  }
}

function readRecords(path: string, kind: FileKind, value: unknown, reporter: Reporter): Partial<Dataset> {
  if (kind === 'sources') {
    const entries = readSourcesFile(value, reporter) ?? [];
    return { sources: unique(entries.map((entry) => readSource(entry, reporter)), (source) => source.id, reporter) };
  }
  const collection = readFeatureCollection(value, reporter, kind !== 'provinces');
  if (!collection) return {};
  switch (kind) {
    case 'facilities': {
      const facilities = readEach(collection.entries, readFacility, reporter);
      const register = readRegisterInfo(collection.members.register, reporter);
      return register ? { facilities, register } : { facilities };
    }
    case 'violations': {
      const violations = readEach(collection.entries, readViolation, reporter);
      const imports = readImportReports(collection.members.imports, reporter);
      return imports ? { violations, imports } : { violations };
    }
    case 'provinces':
      return { provinces: unique(collection.entries.map((entry) => readProvince(entry, reporter)), (province) => province.pcode, reporter) };
    case 'plan': {
      const plan = readPlan(path, collection, reporter);
      return plan ? { plans: [plan] } : {};
    }
  }
}

function readPlan(path: string, collection: FeatureCollectionContent, reporter: Reporter): Plan | null {
  const { facilityId } = collection.members;
  if (typeof facilityId !== 'string' || facilityId.trim() === '') {
    reporter.error(FILE_LEVEL, 'field.missing', 'The plan does not say which facility it belongs to.', 'Add "facilityId": "<facility-id>" at the top level.');
    return null;
  }
  const expected = planFileFacilityId(path);
  if (expected !== null && expected !== facilityId) {
    reporter.warning(FILE_LEVEL, 'plan.fileName', `The plan is for "${facilityId}" but its file is named "${expected}.geojson".`, `Rename it to plans/${facilityId}.geojson.`);
  }
  const features = readEach(collection.entries, readPlanFeature, reporter);
  checkPlanInternalReferences(features, reporter);
  checkPlanGeometry(features, reporter);
  return { facilityId, file: path, features };
}

function readEach<T extends { id: string }>(
  entries: readonly FeatureEntry[],
  read: (entry: FeatureEntry, reporter: Reporter) => T | null,
  reporter: Reporter,
): T[] {
  return unique(entries.map((entry) => read(entry, reporter)), (record) => record.id, reporter);
}

/** Drops unreadable records and every later record reusing an id (reported: references would be ambiguous). */
function unique<T>(records: readonly (T | null)[], idOf: (record: T) => string, reporter: Reporter): T[] {
  const seen = new Set<string>();
  return records.filter((record): record is T => {
    if (record === null) return false;
    const id = idOf(record);
    if (seen.has(id)) {
      reporter.error(id, 'id.duplicate', `The id "${id}" is used by an earlier record in this file; this one was not loaded.`, 'Give every record its own id.');
      return false;
    }
    seen.add(id);
    return true;
  });
}
