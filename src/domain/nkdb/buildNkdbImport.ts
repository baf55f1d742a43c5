/**
 * The whole NKDB import as one pure function: the capture (incidents.json, locations.json), our match proposal
 * (match-candidates.tsv) and the dataset's current files → the dataset's new files and a report. Every incident
 * is either a violation of a facility or counted under the reason it was left out; same inputs, same output.
 */
import type { ImportReport, Province } from '../types';
import { assignCaseIds, type CaseId } from './caseIds';
import { readIncidentsFile, readLocationsFile, type NkdbLocation } from './captureFiles';
import { mergedFacilities, mergedSources, mergedViolations, otherFacilityFeatures } from './datasetFiles';
import { facilityIdResolver, type FacilityRecordIds } from './facilityIds';
import { incidentViolation, type ViolationFeature } from './incidentViolation';
import { readMatchCandidates, type MatchCandidate } from './matchCandidates';
import { nkdbPlaces, type NkdbPlace } from './nkdbPlaces';
import { nkdbSource, NKDB_SOURCE_ID } from './nkdbSource';
import { decidePlaces, incidentPlaceDecision, type LeaveOutReason, type PlaceDecision } from './placeDecisions';

export interface NkdbImportInput {
  incidents: unknown;
  locations: unknown;
  candidatesTsv: string;
  /** The dataset's current files (parsed JSON); facilities are required, the others may be absent. */
  facilities: unknown;
  violations?: unknown;
  sources?: unknown;
  provinces: readonly Province[];
  /** Labels of the inputs for messages. */
  files?: { incidents?: string; locations?: string; candidates?: string; facilities?: string };
}

/** An incident left out, with why (for the console report, never written to the dataset). */
export interface LeftOutIncident {
  caseId: CaseId;
  reason: LeaveOutReason;
}

export interface NkdbImport {
  facilities: Record<string, unknown>;
  violations: Record<string, unknown>;
  sources: Record<string, unknown>;
  report: ImportReport;
  /** What the console shows beside the report. */
  details: {
    places: NkdbPlace[];
    candidates: MatchCandidate[];
    decisions: ReadonlyMap<string, PlaceDecision>;
    leftOut: LeftOutIncident[];
    /** Every captured id that was odd, imported or not. */
    idIssues: CaseId[];
    unreadable: string[];
  };
}

function matchText(decision: Extract<PlaceDecision, { use: true }>): string {
  return `${decision.via === 'medium' ? 'medium (reviewed)' : decision.via}: ${decision.basis}`;
}

function countBy<T extends string>(values: readonly T[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of [...values].sort()) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

export function buildNkdbImport(input: NkdbImportInput): NkdbImport {
  const files = { incidents: 'incidents.json', locations: 'locations.json', candidates: 'match-candidates.tsv', facilities: 'facilities.geojson', ...input.files };
  const captured = readIncidentsFile(input.incidents, files.incidents);
  const locationsFile = readLocationsFile(input.locations, files.locations);
  const locations = new Map<string, NkdbLocation>(locationsFile.locations.map((location) => [location.slug, location]));
  const candidates = readMatchCandidates(input.candidatesTsv, files.candidates);
  const others = otherFacilityFeatures(input.facilities, files.facilities);
  const resolveFacility = facilityIdResolver(others.map((feature) => feature.properties as FacilityRecordIds));
  const places = nkdbPlaces({ candidates, locations, provinces: input.provinces, sourceId: NKDB_SOURCE_ID });
  const addedFacilities = new Map(places.flatMap((place) => place.slugs.map((slug) => [slug, place.facility.id] as const)));
  const decisions = decidePlaces({ locations, candidates, resolveFacility, addedFacilities });

  const caseIds = assignCaseIds(captured.incidents.map((incident) => incident.caseId));
  const violations: ViolationFeature[] = [];
  const leftOut: LeftOutIncident[] = [];
  const importedVia: string[] = [];
  captured.incidents.forEach((incident, index) => {
    const caseId = caseIds[index] as CaseId;
    const decision = incidentPlaceDecision(incident.location, decisions);
    if (!decision.use) {
      leftOut.push({ caseId, reason: decision.reason });
      return;
    }
    const place = { facilityId: decision.facilityId, slug: incident.location ?? '', label: decision.label, match: matchText(decision) };
    violations.push(incidentViolation(incident, caseId, place, NKDB_SOURCE_ID));
    importedVia.push(decision.via);
  });

  const usedFacilities = new Set(violations.map((violation) => violation.properties.facilityId));
  const added = places.filter((place) => usedFacilities.has(place.facility.id));
  const importedIds = new Set(violations.map((violation) => violation.properties.id));
  const idIssues = caseIds.filter((caseId) => caseId.issues.length > 0);
  const unreadable = [...captured.unreadable, ...locationsFile.unreadable];
  const report: ImportReport = {
    sourceId: NKDB_SOURCE_ID,
    capturedAt: captured.scrapedAt,
    records: captured.incidents.length + captured.unreadable.length,
    imported: countBy(importedVia),
    leftOut: countBy([...leftOut.map((entry) => entry.reason), ...captured.unreadable.map(() => 'unreadable_record' as const)]),
    facilitiesAdded: added.length,
    // Only imported records are listed in the published file: a left-out record's case number stays out of it.
    idIssues: idIssues
      .filter((caseId) => importedIds.has(caseId.id))
      .map((caseId) => ({ id: caseId.id, sourceRecordId: caseId.locator ?? '', issues: caseId.issues })),
  };
  return {
    facilities: mergedFacilities(input.facilities, others, added.map((place) => place.facility)),
    violations: mergedViolations(input.violations, violations, report),
    sources: mergedSources(input.sources, nkdbSource(captured.scrapedAt)),
    report,
    details: { places: added, candidates, decisions, leftOut, idIssues, unreadable },
  };
}
