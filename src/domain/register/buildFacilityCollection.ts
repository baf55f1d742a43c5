/**
 * The whole register import as one pure function: register TSV + supplement (+ the current sources.json) →
 * facilities.geojson and sources.json contents. Register entities come first in file order, then supplement-only
 * records in file order; sources in order of first citation, then the existing file's sources the import did not
 * generate (keptSources), unchanged. Same inputs, same output, byte for byte.
 */
import { SCHEMA_VERSION } from '../enums';
import type { Facility, Province, RegisterInfo, Source } from '../types';
import { facilityFeature, type FacilityFeature } from './facilityFeature';
import type { ImportIssue } from './importIssue';
import { keptSources } from './keptSources';
import { koreanNameSources, withKoreanName } from './koreanNames';
import { withLinkedRole } from './linkedPlaces';
import { summariseImport, type ImportSummary } from './importSummary';
import { matchSupplement, MATCH_DISTANCE_M, type NearMiss, type SupplementMatch } from './matchSupplement';
import { mergeSupplement } from './mergeSupplement';
import { withPointDoubts } from './pointDoubts';
import { registerFacility } from './registerFacility';
import { FIGURE_SOURCES } from './registerFigures';
import { registerInfo, registerSource } from './registerSources';
import { parseRegisterTsv } from './registerTsv';
import { supplementConfirmation, withConfirmation } from './siteConfirmation';
import { parseSupplement, type SupplementRecord } from './supplement';
import { supplementOnlyFacility } from './supplementFacility';
import { supplementSources } from './supplementSources';

export interface RegisterImportInput {
  registerTsv: string;
  /** Label of the register file for messages. */
  registerFile: string;
  /** The parsed supplement JSON. */
  supplement: unknown;
  supplementFile: string;
  /** ISO date the register was captured. */
  capturedAt: string;
  /** The parsed sources.json the import will overwrite, when there is one: its hand-added sources are kept. */
  existingSources?: unknown;
  /** Label of that file for messages; "sources.json" unless told. */
  existingSourcesFile?: string;
  /** Province boundaries for the province check (a point in another province gets a locationDoubt); none: no check. */
  provinces?: readonly Province[];
}

export interface FacilityCollectionFile {
  type: 'FeatureCollection';
  schemaVersion: number;
  register: RegisterInfo;
  features: FacilityFeature[];
}

export interface SourcesFile {
  schemaVersion: number;
  sources: Source[];
}

export interface RegisterImport {
  facilities: FacilityCollectionFile;
  sources: SourcesFile;
  summary: ImportSummary;
  issues: ImportIssue[];
}

function nearMissReason(distanceM: number | null): string {
  if (distanceM === null) return 'the register gives no coordinates to compare';
  const apart = distanceM < MATCH_DISTANCE_M ? `${Math.round(distanceM)} m` : `${(distanceM / 1000).toFixed(1)} km`;
  return `${apart} apart${distanceM < MATCH_DISTANCE_M ? ', but the match is not unique' : ''}`;
}

function nearMissNote(other: string, miss: NearMiss): string {
  const reason = nearMissReason(miss.distanceM);
  return `Possibly the same facility as ${other}, which has the same name; not merged: ${reason}.`;
}

function nearMissNoteForRecord(miss: NearMiss): string {
  return nearMissNote(`register entity ${miss.nkpdId} ("${miss.name}")`, miss);
}

function nearMissNoteForEntity(record: SupplementRecord, miss: NearMiss): string {
  return nearMissNote(`supplementary record ${record.id} ("${record.nameEn}")`, miss);
}

function withNotes(facility: Facility, notes: readonly string[]): Facility {
  return notes.length === 0 ? facility : { ...facility, notes: [...(facility.notes ?? []), ...notes] };
}

/** The register facilities with their matched records merged in and near misses noted. */
function mergedRegister(
  register: readonly Facility[],
  matches: readonly SupplementMatch[],
  sources: ReadonlyMap<string, Source>,
): Facility[] {
  return register.map((facility) => {
    let result = facility;
    for (const match of matches) {
      if (match.nkpdId === facility.nkpdId && match.basis) {
        result = mergeSupplement(result, { record: match.record, basis: match.basis, remarks: match.remarks }, sources);
        result = withConfirmation(result, supplementConfirmation(match.record, sources));
      }
      const misses = match.nkpdId ? [] : match.nearMisses.filter((miss) => miss.nkpdId === facility.nkpdId);
      result = withNotes(result, misses.map((miss) => nearMissNoteForEntity(match.record, miss)));
    }
    return result;
  });
}

/** Sources cited by some facility, in order of first citation; the register's first when any entity cites it. */
function citedSources(facilities: readonly Facility[], available: readonly Source[]): Source[] {
  const byId = new Map(available.map((source) => [source.id, source]));
  const cited = new Set(facilities.flatMap((facility) => facility.sources.map((ref) => ref.sourceId)));
  return [...cited].flatMap((id) => byId.get(id) ?? []);
}

/** Runs the import; throws MalformedInputError when an input cannot be read at all. */
export function buildRegisterImport(input: RegisterImportInput): RegisterImport {
  const register = parseRegisterTsv(input.registerTsv, input.registerFile);
  const supplement = parseSupplement(input.supplement, input.supplementFile);
  const issues = [...register.issues, ...supplement.issues];
  const registerFacilities = register.rows.map(registerFacility).map(withLinkedRole);
  const sourceByUrl = supplementSources(supplement.records);
  const matches = matchSupplement(supplement.records, registerFacilities);
  const merged = mergedRegister(registerFacilities, matches, sourceByUrl);
  const takenIds = new Set(merged.map((facility) => facility.id));
  const supplementOnly = matches.flatMap((match) => {
    if (match.nkpdId) return [];
    if (takenIds.has(match.record.id)) {
      const message = `id ${match.record.id} is already taken; skipped`;
      issues.push({ file: input.supplementFile, where: `feature #${match.record.index}`, message, skipped: true });
      return [];
    }
    const notes = [...match.remarks, ...match.nearMisses.map(nearMissNoteForRecord)];
    const facility = withNotes(supplementOnlyFacility(match.record, sourceByUrl), notes);
    return [withConfirmation(facility, supplementConfirmation(match.record, sourceByUrl))];
  });
  const facilities = withPointDoubts([...merged, ...supplementOnly].map(withKoreanName), input.provinces ?? []);
  const available = [registerSource(input.capturedAt), ...sourceByUrl.values(), ...koreanNameSources(sourceByUrl)];
  const generated = [...citedSources(facilities, available), ...FIGURE_SOURCES];
  const kept = keptSources(input.existingSources, generated, input.existingSourcesFile ?? 'sources.json');
  issues.push(...kept.issues);
  const sources = [...generated, ...kept.kept];
  const summary = summariseImport(facilities, {
    registerEntities: register.rows.length,
    merged: matches.filter((match) => match.nkpdId).length,
    supplementOnly: supplementOnly.length,
    sources: sources.length,
    keptSources: kept.kept.length,
    skipped: issues.filter((issue) => issue.skipped).length,
  });
  return {
    facilities: {
      type: 'FeatureCollection',
      schemaVersion: SCHEMA_VERSION,
      register: registerInfo(input.capturedAt, register.rows.length),
      features: facilities.map(facilityFeature),
    },
    sources: { schemaVersion: SCHEMA_VERSION, sources },
    summary,
    issues,
  };
}
